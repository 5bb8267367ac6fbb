package dev.eddy.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The connections and HTTP/2 streams the server has open, so it can close them all before its
 * executors stop. First in every pipeline: a closed channel's pipeline is torn down from the
 * last handler to the first, hopping between the event loop and the blocking group, so this
 * handler's removal marks the moment no task of that channel is left to run anywhere. Stopping
 * an executor before then makes the hop fail (RejectedExecutionException at shutdown).
 */
@Sharable
final class OpenChannels extends ChannelInboundHandlerAdapter {

  private final Set<Channel> open = ConcurrentHashMap.newKeySet();

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    open.add(ctx.channel());
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    open.remove(ctx.channel());
    synchronized (this) {
      notifyAll();
    }
  }

  /** Closes every channel and waits until each pipeline is torn down, or the timeout passes. */
  void closeAll(long timeout, TimeUnit unit) {
    open.forEach(Channel::close);
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    synchronized (this) {
      long left;
      while (!open.isEmpty() && (left = deadline - System.nanoTime()) > 0) {
        try {
          TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
