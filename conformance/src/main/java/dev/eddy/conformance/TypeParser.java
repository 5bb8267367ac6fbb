package dev.eddy.conformance;

import dev.eddy.engine.plan.EddyTypeSystem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Reads a ksqlDB column type as a case or DESCRIBE writes it ({@code INT}, {@code DECIMAL(4, 2)},
 * {@code ARRAY<STRUCT<A STRING, `b` INT>>}, a name from {@code CREATE TYPE}) into the Calcite type
 * Eddy's formats take, so the runner can serialize inputs and decode outputs of a format whose
 * bytes depend on the schema (PROTOBUF_NOSR). Unquoted field names are upper-cased, as ksqlDB
 * folds them.
 */
final class TypeParser {

  static final RelDataTypeFactory TYPES = new JavaTypeFactoryImpl(EddyTypeSystem.INSTANCE);

  private static final Pattern CREATE_TYPE = Pattern.compile(
      "^\\s*CREATE\\s+TYPE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)\\s+AS\\s+(.*?)\\s*;?\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final String text;
  private final Map<String, String> customTypes;
  private int pos;

  private TypeParser(String text, Map<String, String> customTypes) {
    this.text = text;
    this.customTypes = customTypes;
  }

  /**
   * @param customTypes the types a case declares with {@code CREATE TYPE}, by upper-case name
   * @throws IllegalArgumentException if the text is not a type
   */
  static RelDataType parse(String text, Map<String, String> customTypes) {
    TypeParser parser = new TypeParser(text, customTypes);
    RelDataType type = parser.type();
    parser.skipSpaces();
    if (parser.pos != text.length()) {
      throw parser.error("end of type");
    }
    return type;
  }

  /** The types {@code CREATE TYPE} statements declare, by upper-case name. */
  static Map<String, String> customTypes(List<String> statements) {
    Map<String, String> types = new HashMap<>();
    for (String statement : statements) {
      Matcher create = CREATE_TYPE.matcher(statement);
      if (create.find()) {
        types.put(create.group(1).toUpperCase(Locale.ROOT), create.group(2));
      }
    }
    return types;
  }

  private RelDataType type() {
    String name = identifier().toUpperCase(Locale.ROOT);
    RelDataType type = switch (name) {
      case "BOOLEAN" -> TYPES.createSqlType(SqlTypeName.BOOLEAN);
      case "INT", "INTEGER" -> TYPES.createSqlType(SqlTypeName.INTEGER);
      case "BIGINT" -> TYPES.createSqlType(SqlTypeName.BIGINT);
      case "DOUBLE" -> TYPES.createSqlType(SqlTypeName.DOUBLE);
      case "STRING", "VARCHAR" -> TYPES.createSqlType(SqlTypeName.VARCHAR);
      case "BYTES" -> TYPES.createSqlType(SqlTypeName.VARBINARY);
      case "DATE" -> TYPES.createSqlType(SqlTypeName.DATE);
      case "TIME" -> TYPES.createSqlType(SqlTypeName.TIME, 3);
      case "TIMESTAMP" -> TYPES.createSqlType(SqlTypeName.TIMESTAMP, 3);
      case "DECIMAL" -> decimal();
      case "ARRAY" -> {
        expect('<');
        RelDataType element = type();
        expect('>');
        yield TYPES.createArrayType(element, -1);
      }
      case "MAP" -> {
        expect('<');
        RelDataType key = type();
        expect(',');
        RelDataType value = type();
        expect('>');
        yield TYPES.createMapType(key, value);
      }
      case "STRUCT" -> struct();
      default -> {
        String custom = customTypes.get(name);
        if (custom == null) {
          throw error("a type");
        }
        yield parse(custom, customTypes);
      }
    };
    return TYPES.createTypeWithNullability(type, true);
  }

  private RelDataType decimal() {
    expect('(');
    int precision = number();
    expect(',');
    int scale = number();
    expect(')');
    return TYPES.createSqlType(SqlTypeName.DECIMAL, precision, scale);
  }

  private RelDataType struct() {
    expect('<');
    List<String> names = new ArrayList<>();
    List<RelDataType> types = new ArrayList<>();
    skipSpaces();
    while (text.charAt(pos) != '>') {
      if (!names.isEmpty()) {
        expect(',');
      }
      skipSpaces();
      char quote = text.charAt(pos);
      names.add(quote == '`' || quote == '"' ? quoted(quote) : identifier().toUpperCase(Locale.ROOT));
      types.add(type());
      skipSpaces();
    }
    expect('>');
    return TYPES.createStructType(types, names);
  }

  private String quoted(char quote) {
    int end = text.indexOf(quote, pos + 1);
    if (end < 0) {
      throw error("a closing " + quote);
    }
    String name = text.substring(pos + 1, end);
    pos = end + 1;
    return name;
  }

  private String identifier() {
    skipSpaces();
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
    if (start == pos) {
      throw error("a name");
    }
    return text.substring(start, pos);
  }

  private int number() {
    skipSpaces();
    int start = pos;
    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
      pos++;
    }
    if (start == pos) {
      throw error("a number");
    }
    return Integer.parseInt(text.substring(start, pos));
  }

  private void expect(char c) {
    skipSpaces();
    if (pos >= text.length() || text.charAt(pos) != c) {
      throw error("'" + c + "'");
    }
    pos++;
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private IllegalArgumentException error(String wanted) {
    return new IllegalArgumentException("Expected " + wanted + " at " + pos + " in type '" + text + "'");
  }
}
