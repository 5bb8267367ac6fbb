package dev.eddy.server;

import dev.eddy.engine.Engine;
import io.netty.channel.ChannelPipeline;
import io.netty.util.concurrent.EventExecutorGroup;
import java.util.concurrent.Executor;

/**
 * The handlers that serve HTTP requests, behind whatever turns bytes into HTTP objects (the
 * HTTP/1.1 codec of a connection, or the frame-to-object codec of one HTTP/2 stream): metrics,
 * the streamed inserts endpoint, a body-size limit (413 past it), then one handler per endpoint;
 * whatever none of them takes is a 404. Handlers that run statements sit on the blocking group
 * so a statement waiting on the log never stalls an event loop.
 */
final class EndpointPipeline {

  private final Engine engine;
  private final int maxRequestBytes;
  private final HeadlessMode headless;
  private final EventExecutorGroup blocking;
  private final Executor pushQueryWorkers;
  private final ActiveQueries queries;
  private final ServerMetrics metrics;
  private final BadRequestHandler badRequest = new BadRequestHandler();
  private final InfoHandler info = new InfoHandler();
  private final HealthcheckHandler healthcheck = new HealthcheckHandler();
  private final NotFoundHandler notFound = new NotFoundHandler();
  private final KsqlHandler ksql;
  private final CloseQueryHandler closeQuery;
  private final MetricsHandler metricsEndpoint;

  EndpointPipeline(Engine engine, ServerSettings settings, EventExecutorGroup blocking, Executor pushQueryWorkers,
      ActiveQueries queries, ServerMetrics metrics) {
    this.engine = engine;
    this.maxRequestBytes = settings.maxRequestBytes();
    this.headless = HeadlessMode.of(settings.headless());
    this.blocking = blocking;
    this.pushQueryWorkers = pushQueryWorkers;
    this.queries = queries;
    this.metrics = metrics;
    this.ksql = new KsqlHandler(engine, headless);
    this.closeQuery = new CloseQueryHandler(queries);
    this.metricsEndpoint = new MetricsHandler(metrics);
  }

  int maxRequestBytes() {
    return maxRequestBytes;
  }

  void addTo(ChannelPipeline pipeline) {
    pipeline.addLast(new RequestMetrics(metrics));
    // Before the aggregator: an inserts stream's body is read as it arrives, never whole.
    pipeline.addLast(blocking, new InsertsStreamHandler(engine, maxRequestBytes, metrics));
    pipeline.addLast(new RequestSizeLimit(maxRequestBytes));
    pipeline.addLast(badRequest);
    pipeline.addLast(info);
    pipeline.addLast(healthcheck);
    pipeline.addLast(closeQuery);
    // Scraping reads the engine's query registry and the log's offsets: off the event loop.
    pipeline.addLast(blocking, metricsEndpoint);
    pipeline.addLast(blocking, ksql);
    pipeline.addLast(blocking, new QueryStreamHandler(engine, queries, pushQueryWorkers, headless));
    pipeline.addLast(notFound);
  }
}
