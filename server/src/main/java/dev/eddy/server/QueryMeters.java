package dev.eddy.server;

import dev.eddy.engine.Engine;
import dev.eddy.engine.QueryStatistics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * Meters for each persistent query, tagged with its id and sink. Queries start and stop while the
 * server runs, so the meters are brought in line with the engine's queries before each scrape:
 * new queries get meters, terminated ones lose theirs.
 */
final class QueryMeters {

  private final Engine engine;
  private final MeterRegistry registry;
  /** The latest counters of each query, which its meters read. */
  private final Map<String, QueryStatistics> latest = new ConcurrentHashMap<>();
  private final Map<String, List<Meter>> meters = new ConcurrentHashMap<>();

  QueryMeters(Engine engine, MeterRegistry registry) {
    this.engine = engine;
    this.registry = registry;
  }

  /** Reads every query's counters now; called before the registry is scraped. */
  synchronized void refresh() {
    Map<String, QueryStatistics> now = new ConcurrentHashMap<>();
    QueryStatistics.of(engine).forEach(statistics -> now.put(statistics.queryId(), statistics));
    latest.putAll(now);
    for (QueryStatistics statistics : now.values()) {
      meters.computeIfAbsent(statistics.queryId(), id -> register(statistics));
    }
    for (String gone : List.copyOf(meters.keySet())) {
      if (!now.containsKey(gone)) {
        meters.remove(gone).forEach(registry::remove);
        latest.remove(gone);
      }
    }
  }

  private List<Meter> register(QueryStatistics query) {
    Tags tags = Tags.of("query_id", query.queryId(), "sink", query.sink());
    String id = query.queryId();
    List<Meter> registered = new ArrayList<>();
    registered.add(FunctionCounter.builder("eddy.query.records.read", this, counter(id, QueryStatistics::recordsRead))
        .description("Source records the persistent query has read").tags(tags).register(registry));
    registered.add(FunctionCounter.builder("eddy.query.processing.errors", this,
            counter(id, QueryStatistics::recordsSkipped))
        .description("Records the persistent query skipped as unreadable; the processing log says why")
        .tags(tags).register(registry));
    registered.add(Gauge.builder("eddy.query.lag.records", this, counter(id, QueryStatistics::lag))
        .description("Source records past the persistent query's last committed offsets").tags(tags).register(registry));
    registered.add(Gauge.builder("eddy.query.running", this, counter(id, s -> s.running() ? 1 : 0))
        .description("1 while every task of the persistent query runs, 0 once one has failed").tags(tags)
        .register(registry));
    return registered;
  }

  private static ToDoubleFunction<QueryMeters> counter(String id, ToDoubleFunction<QueryStatistics> value) {
    return meters -> {
      QueryStatistics statistics = meters.latest.get(id);
      return statistics == null ? Double.NaN : value.applyAsDouble(statistics);
    };
  }
}
