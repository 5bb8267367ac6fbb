package dev.eddy.engine.format;

import dev.eddy.engine.format.delimited.DelimitedFormat;
import dev.eddy.engine.format.json.JsonFormat;
import dev.eddy.engine.format.kafka.KafkaFormat;
import dev.eddy.engine.format.protobuf.ProtobufNoSrFormat;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The formats by WITH-clause name (case-insensitive): JSON, DELIMITED, KAFKA, PROTOBUF_NOSR, NONE. */
public final class Formats {

  private static final Map<String, Format> BY_NAME = new LinkedHashMap<>();

  static {
    for (Format format : new Format[] {new JsonFormat(), new DelimitedFormat(), new KafkaFormat(), new ProtobufNoSrFormat(),
        new NoneFormat()}) {
      BY_NAME.put(format.name(), format);
    }
  }

  private Formats() {}

  public static Optional<Format> find(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toUpperCase(Locale.ROOT)));
  }

  /** The format called {@code name}; an error listing the known names otherwise. */
  public static Format of(String name) {
    return find(name).orElseThrow(() -> new FormatException(
        "Unknown format '" + name + "'. Known formats: " + String.join(", ", BY_NAME.keySet())));
  }

  public static Collection<Format> all() {
    return BY_NAME.values();
  }
}
