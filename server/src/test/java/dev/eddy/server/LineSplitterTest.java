package dev.eddy.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines cut out of a body that arrives in arbitrary chunks. */
class LineSplitterTest {

  private final List<String> lines = new ArrayList<>();

  @Test
  void aLineMaySpanChunksAndBlankLinesAndCrlfsAreSkipped() {
    try (LineSplitter splitter = new LineSplitter(ByteBufAllocator.DEFAULT, 100)) {
      assertThat(splitter.feed(chunk("{\"a\":"), this::collect)).isTrue();
      assertThat(lines).isEmpty();
      assertThat(splitter.feed(chunk("1}\r\n\n  \r\n{\"b\""), this::collect)).isTrue();
      assertThat(lines).containsExactly("{\"a\":1}");
      assertThat(splitter.feed(chunk(":2}\n{\"c\":3}"), this::collect)).isTrue();
      splitter.finish(this::collect);
      assertThat(lines).containsExactly("{\"a\":1}", "{\"b\":2}", "{\"c\":3}");
    }
  }

  @Test
  void aLineOverTheLimitStopsTheSplitWhetherFinishedOrNot() {
    try (LineSplitter splitter = new LineSplitter(ByteBufAllocator.DEFAULT, 8)) {
      assertThat(splitter.feed(chunk("short\n" + "x".repeat(9) + "\nnever\n"), this::collect)).isFalse();
      assertThat(lines).containsExactly("short");
    }
    try (LineSplitter splitter = new LineSplitter(ByteBufAllocator.DEFAULT, 8)) {
      assertThat(splitter.feed(chunk("12345678"), this::collect)).isTrue();
      assertThat(splitter.feed(chunk("9"), this::collect)).as("no line break yet, but already too long").isFalse();
    }
  }

  private void collect(byte[] line) {
    lines.add(new String(line, StandardCharsets.UTF_8));
  }

  private static ByteBuf chunk(String text) {
    return Unpooled.copiedBuffer(text, StandardCharsets.UTF_8);
  }
}
