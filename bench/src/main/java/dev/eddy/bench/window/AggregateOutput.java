package dev.eddy.bench.window;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.kstream.WindowedSerdes;

/**
 * Reads either engine's output topic the same way: the key through Kafka Streams' own
 * time-windowed STRING deserializer (Eddy claims to write its windowed keys in that format, so
 * this checks it), the value as ksqlDB's JSON {@code {"N":..,"TOTAL":..}}. Records in offset
 * order; the last one per windowed key is the window's final total.
 */
final class AggregateOutput {

  private final Deserializer<Windowed<String>> keys;
  private final ObjectMapper json = new ObjectMapper();
  private final WindowTotals totals = new WindowTotals();
  private long records;
  private long tombstones;
  private long tombstonesReplacedAtOnce;
  private Windowed<String> lastTombstone;

  AggregateOutput(long windowSizeMs) {
    this.keys = WindowedSerdes.timeWindowedSerdeFrom(String.class, windowSizeMs).deserializer();
  }

  void accept(byte[] key, byte[] value) {
    records++;
    Windowed<String> windowed = keys.deserialize("AGG", key);
    if (value == null) {
      tombstones++;
      lastTombstone = windowed;
      totals.remove(windowed.key(), windowed.window().start());
      return;
    }
    if (windowed.equals(lastTombstone)) {
      tombstonesReplacedAtOnce++;
    }
    lastTombstone = null;
    JsonNode row;
    try {
      row = json.readTree(value);
    } catch (IOException e) {
      throw new UncheckedIOException("an output value is not JSON", e);
    }
    totals.put(windowed.key(), windowed.window().start(), row.get("N").longValue(), row.get("TOTAL").doubleValue());
  }

  WindowTotals totals() {
    return totals;
  }

  /** Output records read, tombstones included. */
  long records() {
    return records;
  }

  long tombstones() {
    return tombstones;
  }

  /** Tombstones whose very next record is the same window's new value: an update written as delete + insert. */
  long tombstonesReplacedAtOnce() {
    return tombstonesReplacedAtOnce;
  }
}
