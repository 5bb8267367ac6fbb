package dev.eddy.server;

import dev.eddy.engine.Engine;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.EventExecutorGroup;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Eddy's HTTP API over one engine. The caller owns the engine and closes it after the server. */
public final class EddyServer implements AutoCloseable {

  /** ksqlDB's default request limit; larger bodies get 413. */
  public static final int DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;

  /** Threads that may wait on statements; each connection is pinned to one of them. */
  private static final int BLOCKING_THREADS = 16;

  private static final long SHUTDOWN_TIMEOUT_SECONDS = 5;

  private final EventLoopGroup bossGroup;
  private final EventLoopGroup workerGroup;
  private final EventExecutorGroup blocking;
  private final ExecutorService pushQueryWorkers;
  private final ActiveQueries queries = new ActiveQueries();
  private final ServerMetrics metrics;
  private final OpenChannels connections = new OpenChannels();
  private final Channel serverChannel;

  private EddyServer(Engine engine, ServerSettings settings) throws InterruptedException {
    bossGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    workerGroup = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
    blocking = new DefaultEventExecutorGroup(BLOCKING_THREADS);
    pushQueryWorkers = Executors.newCachedThreadPool(daemonThreads("eddy-push-query-"));
    metrics = new ServerMetrics(engine, queries);
    try {
      serverChannel = new ServerBootstrap()
          .group(bossGroup, workerGroup)
          .channel(NioServerSocketChannel.class)
          .childHandler(new EddyServerInitializer(
              new EndpointPipeline(engine, settings, blocking, pushQueryWorkers, queries, metrics), connections))
          .bind(settings.host(), settings.port()).sync().channel();
    } catch (InterruptedException | RuntimeException e) {
      shutdownGroups();
      throw e;
    }
  }

  /** Binds and accepts connections before returning; port 0 picks a free port. */
  public static EddyServer start(Engine engine, ServerSettings settings) throws InterruptedException {
    return new EddyServer(engine, settings);
  }

  /** A server that is not headless. */
  public static EddyServer start(Engine engine, String host, int port, int maxRequestBytes) throws InterruptedException {
    return start(engine, new ServerSettings(host, port, maxRequestBytes, false));
  }

  public int port() {
    return ((InetSocketAddress) serverChannel.localAddress()).getPort();
  }

  /** Ids of the push queries being streamed now. */
  public Set<String> activeQueries() {
    return queries.ids();
  }

  /** Stops accepting, ends every push query, and waits for the threads to stop. */
  @Override
  public void close() {
    serverChannel.close().syncUninterruptibly();
    queries.closeAll();
    connections.closeAll(SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    shutdownGroups();
  }

  private void shutdownGroups() {
    // No quiet period: by now the listening socket is closed and every connection torn down, and
    // a SIGTERM should not wait seconds for tasks that will not come.
    bossGroup.shutdownGracefully(0, SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS).syncUninterruptibly();
    workerGroup.shutdownGracefully(0, SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS).syncUninterruptibly();
    blocking.shutdownGracefully(0, SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS).syncUninterruptibly();
    pushQueryWorkers.shutdownNow();
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
