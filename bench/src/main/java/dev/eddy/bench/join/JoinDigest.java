package dev.eddy.bench.join;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32C;

/**
 * An order-independent digest of a join's output: how many rows, and the sum of each row's
 * CRC32C over its key bytes, its value fields in a fixed order and its timestamp. Either
 * engine's output topic and the reference give one; equal digests mean the same rows at the
 * same event times, whatever order they were written in.
 *
 * <p>Value fields are compared as text, numbers by their decimal value ({@code 5} and {@code 5.0}
 * are one number), so the digest checks what a row says, not how an engine spells its JSON.
 */
final class JoinDigest {

  /** The digest of a whole output. */
  record Digest(long rows, long sum) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "rows=%d digest=%016x", rows, sum);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> fields;
  private final CRC32C crc = new CRC32C();
  private long rows;
  private long sum;
  private long nulls;

  /** @param fields the value's fields, in the order they are digested */
  JoinDigest(List<String> fields) {
    this.fields = List.copyOf(fields);
  }

  /** Adds an output record as an engine wrote it: JSON value. A null value is counted apart. */
  void addRecord(byte[] key, byte[] value, long time) {
    if (value == null) {
      nulls++;
      return;
    }
    JsonNode row;
    try {
      row = JSON.readTree(value);
    } catch (IOException e) {
      throw new UncheckedIOException("an output value is not JSON: " + new String(value, StandardCharsets.UTF_8), e);
    }
    String[] texts = new String[fields.size()];
    for (int f = 0; f < texts.length; f++) {
      JsonNode node = row.get(fields.get(f));
      texts[f] = node == null || node.isNull() ? null
          : node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString() : node.asText();
    }
    addRow(key, texts, time);
  }

  /** Adds a row given as the text of each field ({@code null} for SQL NULL), in {@code fields} order. */
  void addRow(byte[] key, String[] texts, long time) {
    crc.reset();
    crc.update(key);
    for (String text : texts) {
      if (text == null) {
        crc.update(0xff);
      } else {
        crc.update(0);
        crc.update(text.getBytes(StandardCharsets.UTF_8));
      }
    }
    crc.update(ByteBuffer.allocate(Long.BYTES).putLong(time).flip());
    sum += crc.getValue();
    rows++;
  }

  /** Tombstones read: a join to a stream writes none. */
  long nulls() {
    return nulls;
  }

  Digest digest() {
    return new Digest(rows, sum);
  }

  /** A number as {@link #addRecord} reads it back from JSON. */
  static String number(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  static String number(long value) {
    return Long.toString(value);
  }
}
