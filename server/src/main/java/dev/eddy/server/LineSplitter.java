package dev.eddy.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.util.ByteProcessor;
import java.util.function.Consumer;

/**
 * Cuts a streamed body into lines as its chunks arrive; a line may span chunks. Lines are
 * handed over without their line break (LF or CRLF), blank lines are skipped. Not thread-safe.
 */
final class LineSplitter implements AutoCloseable {

  private final ByteBuf pending;
  private final int maxLineBytes;

  LineSplitter(ByteBufAllocator allocator, int maxLineBytes) {
    this.pending = allocator.buffer();
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Adds a chunk and hands over every line it completes, up to the first line longer than the
   * limit.
   *
   * @return false when a line, finished or not, is longer than the limit: the lines before it
   *     were handed over, and the stream cannot be followed any further
   */
  boolean feed(ByteBuf chunk, Consumer<byte[]> lines) {
    pending.writeBytes(chunk);
    int end;
    while ((end = pending.forEachByte(ByteProcessor.FIND_LF)) >= 0) {
      int length = end - pending.readerIndex();
      if (length > maxLineBytes) {
        return false;
      }
      emit(pending.readSlice(length), lines);
      pending.skipBytes(1);
    }
    pending.discardReadBytes();
    return pending.readableBytes() <= maxLineBytes;
  }

  /** The body ended: a last line without a line break still counts. */
  void finish(Consumer<byte[]> lines) {
    emit(pending, lines);
    pending.clear();
  }

  private static void emit(ByteBuf line, Consumer<byte[]> lines) {
    if (line.isReadable() && line.getByte(line.writerIndex() - 1) == '\r') {
      line = line.slice(line.readerIndex(), line.readableBytes() - 1);
    }
    // Only spaces, tabs and a CR (of a CRLF line break) make a line blank.
    boolean blank = line.forEachByte(b -> b == ' ' || b == '\t' || b == '\r') < 0;
    if (!blank) {
      lines.accept(ByteBufUtil.getBytes(line));
    }
  }

  @Override
  public void close() {
    pending.release();
  }
}
