package dev.eddy.jdbc;

import dev.eddy.engine.ColumnInfo;
import dev.eddy.engine.StatementResult;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The result sets of {@link DatabaseMetaData} that list what the engine holds, built from the
 * engine's own SHOW and DESCRIBE so they can never disagree with them. Eddy has no catalogs or
 * schemas: a catalog or schema argument matches only sources without one (null, "" or a
 * pattern that matches "").
 */
final class CatalogListings {

  static final String STREAM = "STREAM";
  static final String TABLE = "TABLE";

  /** A column name followed by ":INTEGER" holds numbers; the rest hold strings. */
  private static List<ColumnInfo> columns(String... names) {
    return Arrays.stream(names).map(name -> {
      int colon = name.indexOf(':');
      return colon < 0 ? new ColumnInfo(name, "STRING") : new ColumnInfo(name.substring(0, colon), name.substring(colon + 1));
    }).toList();
  }

  static final List<ColumnInfo> TABLES = columns("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE", "REMARKS",
      "TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "SELF_REFERENCING_COL_NAME", "REF_GENERATION");
  static final List<ColumnInfo> COLUMNS = columns("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME",
      "DATA_TYPE:INTEGER", "TYPE_NAME", "COLUMN_SIZE:INTEGER", "BUFFER_LENGTH:INTEGER", "DECIMAL_DIGITS:INTEGER",
      "NUM_PREC_RADIX:INTEGER", "NULLABLE:INTEGER", "REMARKS", "COLUMN_DEF", "SQL_DATA_TYPE:INTEGER",
      "SQL_DATETIME_SUB:INTEGER", "CHAR_OCTET_LENGTH:INTEGER", "ORDINAL_POSITION:INTEGER", "IS_NULLABLE",
      "SCOPE_CATALOG", "SCOPE_SCHEMA", "SCOPE_TABLE", "SOURCE_DATA_TYPE:INTEGER", "IS_AUTOINCREMENT",
      "IS_GENERATEDCOLUMN");
  static final List<ColumnInfo> PRIMARY_KEYS = columns("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME",
      "KEY_SEQ:INTEGER", "PK_NAME");
  static final List<ColumnInfo> SCHEMAS = columns("TABLE_SCHEM", "TABLE_CATALOG");
  static final List<ColumnInfo> CATALOGS = columns("TABLE_CAT");
  static final List<ColumnInfo> TABLE_TYPES = columns("TABLE_TYPE");
  static final List<ColumnInfo> FUNCTIONS = columns("FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "REMARKS",
      "FUNCTION_TYPE:INTEGER", "SPECIFIC_NAME");

  private final EddyConnection connection;

  CatalogListings(EddyConnection connection) {
    this.connection = connection;
  }

  /** A source as SHOW STREAMS / SHOW TABLES list it. */
  private record Source(String name, String type, String topic, String keyFormat, String valueFormat) {}

  /** A column as DESCRIBE gives it: "INTEGER  (key)" is type INTEGER, role "key". */
  private record Column(String name, String type, String role) {}

  ResultSet tables(String catalog, String schemaPattern, String namePattern, String[] types) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    for (Source source : sources(catalog, schemaPattern, namePattern, types)) {
      rows.add(Arrays.asList(null, null, source.name(), source.type(),
          "Topic " + source.topic() + ", key format " + source.keyFormat() + ", value format " + source.valueFormat(),
          null, null, null, null, null));
    }
    return EddyResultSet.of(TABLES, rows);
  }

  ResultSet columns(String catalog, String schemaPattern, String namePattern, String columnPattern)
      throws SQLException {
    Pattern columnMatcher = like(columnPattern);
    List<List<Object>> rows = new ArrayList<>();
    for (Source source : sources(catalog, schemaPattern, namePattern, null)) {
      int position = 0;
      for (Column column : describe(source.name())) {
        position++;
        if (!columnMatcher.matcher(column.name()).matches()) {
          continue;
        }
        ColumnType type = ColumnType.parse(column.type());
        boolean numeric = type.isNumeric();
        Integer size = type.precision() == 0 ? null : Integer.valueOf(type.precision());
        Integer digits = numeric ? Integer.valueOf(type.scale()) : null;
        Integer radix = numeric ? Integer.valueOf(10) : null;
        Integer octets = type.jdbcType() == Types.VARCHAR ? Integer.valueOf(Integer.MAX_VALUE) : null;
        rows.add(Arrays.asList(null, null, source.name(), column.name(), type.jdbcType(), type.name(), size, null,
            digits, radix, DatabaseMetaData.columnNullable, column.role(), null, null, null, octets, position, "YES",
            null, null, null, null, "NO", "NO"));
      }
    }
    return EddyResultSet.of(COLUMNS, rows);
  }

  /** The key columns of TABLEs, which are their primary keys; streams have none. */
  ResultSet primaryKeys(String catalog, String schema, String table) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    for (Source source : sources(catalog, schema, table == null ? null : escape(table), new String[] {TABLE})) {
      int sequence = 0;
      for (Column column : describe(source.name())) {
        if ("key".equals(column.role())) {
          rows.add(Arrays.asList(null, null, source.name(), column.name(), ++sequence, null));
        }
      }
    }
    rows.sort(Comparator.comparing(row -> (String) row.get(3)));
    return EddyResultSet.of(PRIMARY_KEYS, rows);
  }

  ResultSet functions(String catalog, String schemaPattern, String namePattern) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    if (matchesNothing(catalog) || !like(schemaPattern).matcher("").matches()) {
      return EddyResultSet.of(FUNCTIONS, rows);
    }
    Pattern name = like(namePattern);
    for (List<Object> function : table("SHOW FUNCTIONS;")) {
      String functionName = (String) function.get(0);
      if (name.matcher(functionName).matches()) {
        rows.add(Arrays.asList(null, null, functionName, function.get(1) + ", " + function.get(2),
            "TABLE".equals(function.get(1)) ? DatabaseMetaData.functionReturnsTable : DatabaseMetaData.functionNoTable,
            functionName));
      }
    }
    return EddyResultSet.of(FUNCTIONS, rows);
  }

  /** The names of SHOW FUNCTIONS whose category contains one of {@code categories}, comma-separated. */
  String functionNames(String... categories) throws SQLException {
    List<String> names = new ArrayList<>();
    for (List<Object> function : table("SHOW FUNCTIONS;")) {
      String category = String.valueOf(function.get(2)).toUpperCase(java.util.Locale.ROOT);
      if (Arrays.stream(categories).anyMatch(category::contains)) {
        names.add((String) function.get(0));
      }
    }
    return String.join(",", names);
  }

  static ResultSet tableTypes() {
    return EddyResultSet.of(TABLE_TYPES, List.of(List.of(STREAM), List.of(TABLE)));
  }

  /** Streams, then tables, each by name, as JDBC orders getTables. */
  private List<Source> sources(String catalog, String schemaPattern, String namePattern, String[] types)
      throws SQLException {
    List<Source> sources = new ArrayList<>();
    if (matchesNothing(catalog) || !like(schemaPattern).matcher("").matches()) {
      return sources;
    }
    Set<String> wanted = types == null ? Set.of(STREAM, TABLE) : Set.of(types);
    Pattern name = like(namePattern);
    for (String type : List.of(STREAM, TABLE)) {
      if (!wanted.contains(type)) {
        continue;
      }
      for (List<Object> row : table(type.equals(STREAM) ? "SHOW STREAMS;" : "SHOW TABLES;")) {
        Source source = new Source((String) row.get(0), type, (String) row.get(1), (String) row.get(2), (String) row.get(3));
        if (name.matcher(source.name()).matches()) {
          sources.add(source);
        }
      }
    }
    sources.sort(Comparator.comparing(Source::type).thenComparing(Source::name));
    return sources;
  }

  private List<Column> describe(String source) throws SQLException {
    List<Column> columns = new ArrayList<>();
    for (List<Object> row : table("DESCRIBE `" + source.replace("`", "``") + "`;")) {
      String type = (String) row.get(1);
      int role = type.indexOf("  (");
      columns.add(role < 0 ? new Column((String) row.get(0), type, null)
          : new Column((String) row.get(0), type.substring(0, role), type.substring(role + 3, type.length() - 1)));
    }
    return columns;
  }

  private List<List<Object>> table(String sql) throws SQLException {
    return ((StatementResult.Table) connection.run(sql).get(0)).rows();
  }

  /** A catalog is not a pattern: only null or "" (no catalog) match Eddy's sources. */
  private static boolean matchesNothing(String catalog) {
    return catalog != null && !catalog.isEmpty();
  }

  /** A JDBC LIKE pattern ({@code %}, {@code _}, escaped with {@code \}) as a regex; null matches all. */
  static Pattern like(String pattern) {
    if (pattern == null) {
      return Pattern.compile(".*", Pattern.DOTALL);
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  /** A table name (not a pattern) as a pattern that matches only itself. */
  private static String escape(String name) {
    return name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** An empty result with the columns JDBC specifies, for listings of things Eddy lacks. */
  static ResultSet empty(String... columnNames) {
    return EddyResultSet.of(columns(columnNames), List.of());
  }
}
