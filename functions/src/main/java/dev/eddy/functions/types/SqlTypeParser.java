package dev.eddy.functions.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the schema strings of {@code @Udf(schema)}, {@code @UdfParameter(schema)} and friends:
 * {@code INT}, {@code DECIMAL(10, 2)}, {@code ARRAY<T>}, {@code MAP<STRING, BIGINT>},
 * {@code STRUCT<A INT, `b` STRING>}. Keywords are case-insensitive; any other identifier is a
 * type variable. A recursive-descent parser is enough for this tiny grammar; the engine's own
 * type syntax belongs to the SQL parser.
 */
final class SqlTypeParser {

  private final String text;
  private int pos;

  private SqlTypeParser(String text) {
    this.text = text;
  }

  static SqlType parse(String text) {
    SqlTypeParser p = new SqlTypeParser(text);
    SqlType type = p.type();
    p.skipSpace();
    if (p.pos != text.length()) {
      throw p.error("unexpected '" + text.substring(p.pos) + "'");
    }
    return type;
  }

  private SqlType type() {
    String word = identifier();
    String upper = word.toUpperCase(Locale.ROOT);
    switch (upper) {
      case "BOOLEAN":
        return SqlTypes.BOOLEAN;
      case "INT":
      case "INTEGER":
        return SqlTypes.INTEGER;
      case "BIGINT":
        return SqlTypes.BIGINT;
      case "DOUBLE":
        return SqlTypes.DOUBLE;
      case "STRING":
      case "VARCHAR":
        return SqlTypes.STRING;
      case "BYTES":
        return SqlTypes.BYTES;
      case "DATE":
        return SqlTypes.DATE;
      case "TIME":
        return SqlTypes.TIME;
      case "TIMESTAMP":
        return SqlTypes.TIMESTAMP;
      case "DECIMAL":
        if (!peek('(')) {
          return SqlDecimal.ANY;
        }
        expect('(');
        int precision = number();
        expect(',');
        int scale = number();
        expect(')');
        return new SqlDecimal(precision, scale);
      case "ARRAY": {
        expect('<');
        SqlType element = type();
        expect('>');
        return new SqlArray(element);
      }
      case "MAP": {
        expect('<');
        SqlType key = type();
        expect(',');
        SqlType value = type();
        expect('>');
        return new SqlMap(key, value);
      }
      case "STRUCT": {
        if (!peek('<')) {
          return SqlStruct.ANY;
        }
        expect('<');
        List<SqlStruct.Field> fields = new ArrayList<>();
        if (!peek('>')) {
          do {
            String name = fieldName();
            fields.add(new SqlStruct.Field(name, type()));
          } while (accept(','));
        }
        expect('>');
        return SqlStruct.of(fields);
      }
      default:
        return new SqlTypeVariable(word);
    }
  }

  private String fieldName() {
    skipSpace();
    if (pos < text.length() && text.charAt(pos) == '`') {
      int end = text.indexOf('`', pos + 1);
      if (end < 0) {
        throw error("unterminated `");
      }
      String name = text.substring(pos + 1, end);
      pos = end + 1;
      return name;
    }
    // Unquoted names are upper-cased, as the SQL parser does with unquoted identifiers.
    return identifier().toUpperCase(Locale.ROOT);
  }

  private String identifier() {
    skipSpace();
    int start = pos;
    while (pos < text.length()
        && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
    if (start == pos) {
      throw error("expected a type");
    }
    return text.substring(start, pos);
  }

  private int number() {
    String digits = identifier();
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw error("expected a number, got '" + digits + "'");
    }
  }

  private boolean peek(char c) {
    skipSpace();
    return pos < text.length() && text.charAt(pos) == c;
  }

  private boolean accept(char c) {
    if (peek(c)) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!accept(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(
        "invalid type '" + text + "' at position " + (pos + 1) + ": " + what);
  }
}
