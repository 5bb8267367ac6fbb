package dev.eddy.server;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The push queries the server is streaming now, by query id, so /close-query can find them. */
final class ActiveQueries {

  private final Map<String, PushQueryStream> streams = new ConcurrentHashMap<>();

  void add(PushQueryStream stream) {
    streams.put(stream.queryId(), stream);
  }

  void remove(PushQueryStream stream) {
    streams.remove(stream.queryId(), stream);
  }

  /** Stops the query; false when no query of that id is running. */
  boolean close(String queryId) {
    PushQueryStream stream = streams.get(queryId);
    if (stream == null) {
      return false;
    }
    stream.close();
    return true;
  }

  Set<String> ids() {
    return Set.copyOf(streams.keySet());
  }

  void closeAll() {
    streams.values().forEach(PushQueryStream::close);
  }
}
