package dev.eddy.bench.window;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * How the Kafka Streams peer turns bytes into values and back, doing the work Eddy does: the
 * JSON value read with Jackson as ksqlDB's JSON format reads it, the aggregate in its store as
 * the tightest fixed-size binary (a long and a double), and the output row written as JSON
 * {@code {"N":..,"TOTAL":..}}, as Eddy writes it.
 */
final class PeerSerdes {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PeerSerdes() {}

  /** Reads {@code {"AMOUNT":12.25}}; writing is never needed (the input arrives as bytes). */
  static Serde<Double> amountJson() {
    return Serdes.serdeFrom(
        (topic, amount) -> {
          throw new UnsupportedOperationException("the peer only reads amounts");
        },
        (topic, bytes) -> {
          try {
            return JSON.readTree(bytes).get("AMOUNT").doubleValue();
          } catch (IOException e) {
            throw new SerializationException("an input value is not JSON", e);
          }
        });
  }

  /** The store's value: 8 bytes of count, 8 of sum. */
  static Serde<CountSum> countSumBinary() {
    return Serdes.serdeFrom(
        (topic, value) -> value == null ? null
            : ByteBuffer.allocate(2 * Long.BYTES).putLong(value.count()).putDouble(value.sum()).array(),
        (topic, bytes) -> {
          if (bytes == null) {
            return null;
          }
          ByteBuffer in = ByteBuffer.wrap(bytes);
          return new CountSum(in.getLong(), in.getDouble());
        });
  }

  /** The output row, JSON; the output is only written, never read back through this serde. */
  static Serde<CountSum> countSumJson() {
    return Serdes.serdeFrom(
        (topic, value) -> {
          if (value == null) {
            return null;
          }
          ObjectNode row = JSON.createObjectNode();
          row.put("N", value.count());
          row.put("TOTAL", value.sum());
          try {
            return JSON.writeValueAsBytes(row);
          } catch (IOException e) {
            throw new SerializationException("cannot write an output row", e);
          }
        },
        (topic, bytes) -> {
          throw new UnsupportedOperationException("output rows are read by AggregateOutput");
        });
  }
}
