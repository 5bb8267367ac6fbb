package dev.eddy.engine.catalog;

import java.util.Objects;

/**
 * How a windowed table's keys carry their window: the window type decides the key layout
 * (a session key holds start and end, a time window key only its start), and the size gives a
 * time window's end. ksqlDB's WINDOW_TYPE and WINDOW_SIZE.
 *
 * @param sizeMs the window size; 0 for sessions
 */
public record SourceWindow(Type type, long sizeMs) {

  public enum Type {
    TUMBLING,
    HOPPING,
    SESSION
  }

  public SourceWindow {
    Objects.requireNonNull(type, "type");
  }

  public boolean isSession() {
    return type == Type.SESSION;
  }

  @Override
  public String toString() {
    return type == Type.SESSION ? "SESSION" : type + " " + sizeMs + " ms";
  }
}
