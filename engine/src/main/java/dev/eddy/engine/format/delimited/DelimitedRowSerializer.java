package dev.eddy.engine.format.delimited;

import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.RowSerializer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.calcite.rel.type.RelDataTypeField;

/**
 * Writes the columns as one delimited line, quoting exactly the fields ksqlDB quotes (its
 * commons-csv printer in MINIMAL mode), so the same row gives the same bytes:
 *
 * <ul>
 *   <li>a null is an empty field, never quoted;
 *   <li>a field holding the delimiter, a quote, CR or LF, starting with a character up to
 *       {@code '#'} (space, {@code !}, {@code "}, {@code #}) or ending with one up to a space is quoted;
 *   <li>the line's first field is also quoted when it is empty or does not start with a letter
 *       or digit ({@code "-10"}), so a line never begins with what a reader could take for a
 *       comment or a sign of its own.
 * </ul>
 *
 * Quotes inside a quoted field are doubled (RFC 4180). Jackson's CSV writer quotes by its own
 * rules and cannot be told to quote one field, so the line is assembled here.
 */
final class DelimitedRowSerializer implements RowSerializer {

  private static final char QUOTE = '"';
  private static final char COMMENT = '#';

  private final String[] names;
  private final DelimitedField[] fields;
  private final char delimiter;

  DelimitedRowSerializer(List<RelDataTypeField> columns, CsvSchema schema) {
    this.names = columns.stream().map(RelDataTypeField::getName).toArray(String[]::new);
    this.fields = columns.stream().map(c -> DelimitedField.forType(c.getType(), c.getName()))
        .toArray(DelimitedField[]::new);
    this.delimiter = schema.getColumnSeparator();
  }

  @Override
  public byte[] serialize(Object[] values) {
    if (values == null) {
      return null;
    }
    StringBuilder line = new StringBuilder(16 * fields.length);
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.append(delimiter);
      }
      if (values[i] == null) {
        continue;
      }
      String text;
      try {
        text = fields[i].print(values[i]);
      } catch (ClassCastException e) {
        throw new FormatException("Can't serialize " + values[i].getClass().getSimpleName() + " value '"
            + values[i] + "' as " + fields[i].typeName() + " for column " + names[i], e);
      }
      append(line, text, i == 0);
    }
    return line.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void append(StringBuilder line, String text, boolean first) {
    if (!needsQuotes(text, first)) {
      line.append(text);
      return;
    }
    line.append(QUOTE);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == QUOTE) {
        line.append(QUOTE);
      }
      line.append(c);
    }
    line.append(QUOTE);
  }

  private boolean needsQuotes(String text, boolean first) {
    if (text.isEmpty()) {
      return first;
    }
    char start = text.charAt(0);
    if (first && !isAsciiLetterOrDigit(start) || start <= COMMENT || text.charAt(text.length() - 1) <= ' ') {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == delimiter || c == QUOTE || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }
}
