package dev.eddy.engine.query;

import dev.eddy.engine.catalog.UnknownNameException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** The persistent queries of an engine, by id. Thread-safe. */
public final class QueryRegistry {

  private final Map<String, PersistentQuery> queries = new ConcurrentSkipListMap<>();
  private final AtomicLong nextNumber = new AtomicLong();

  /**
   * A new query id in ksqlDB's shape: {@code CSAS_<SINK>_<n>}, {@code CTAS_<SINK>_<n>} or
   * {@code INSERTQUERY_<n>}, where n counts every id the engine has handed out.
   */
  public String newId(String prefix, String sink) {
    long number = nextNumber.getAndIncrement();
    return sink == null ? prefix + "_" + number : prefix + "_" + sink + "_" + number;
  }

  /** Keeps ids handed out after a replay above every id the command log already holds. */
  public void reserve(String replayedId) {
    int underscore = replayedId.lastIndexOf('_');
    try {
      long number = Long.parseLong(replayedId.substring(underscore + 1));
      nextNumber.accumulateAndGet(number + 1, Math::max);
    } catch (NumberFormatException e) {
      // An id without a number cannot collide with ones this registry makes.
    }
  }

  public void add(PersistentQuery query) {
    queries.put(query.id(), query);
  }

  public Optional<PersistentQuery> find(String id) {
    return Optional.ofNullable(queries.get(id));
  }

  public PersistentQuery get(String id) {
    PersistentQuery query = queries.get(id);
    if (query == null) {
      throw new UnknownNameException("Query", id, queries.keySet());
    }
    return query;
  }

  public List<PersistentQuery> all() {
    return List.copyOf(queries.values());
  }

  /** Queries that read or write the named source. */
  public List<PersistentQuery> using(String source) {
    return queries.values().stream()
        .filter(q -> q.sink().equals(source) || q.sources().contains(source))
        .toList();
  }

  /** Stops a query and forgets it. */
  public void terminate(String id) {
    get(id).tasks().stop();
    queries.remove(id);
  }

  /** Stops every query; used when the engine closes. The queries stay in the command log. */
  public void stopAll() {
    queries.values().forEach(q -> q.tasks().stop());
    queries.clear();
  }
}
