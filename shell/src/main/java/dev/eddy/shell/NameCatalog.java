package dev.eddy.shell;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads the names the completer offers, over the shell's own connection and with the same
 * statements a user would type: SHOW STREAMS, SHOW TABLES, DESCRIBE, SHOW FUNCTIONS, SHOW
 * PROPERTIES (the first column of each).
 *
 * <p>Completion is a convenience: when a listing fails (an older server, a broken source), its
 * names are simply not offered, and the shell goes on; the user meets the real error, with its
 * message, when running a statement that needs it.
 */
final class NameCatalog {

  private final Connection connection;

  NameCatalog(Connection connection) {
    this.connection = connection;
  }

  /** Everything: sources and their columns, functions and properties. */
  CompletionNames loadAll() {
    CompletionNames sources = loadSources(CompletionNames.NONE);
    return new CompletionNames(sources.sources(), sources.columns(),
        firstColumn("SHOW FUNCTIONS;"), firstColumn("SHOW PROPERTIES;"));
  }

  /** Streams, tables and their columns again (after DDL), keeping functions and properties. */
  CompletionNames loadSources(CompletionNames previous) {
    TreeSet<String> sources = new TreeSet<>(firstColumn("SHOW STREAMS;"));
    sources.addAll(firstColumn("SHOW TABLES;"));
    TreeSet<String> columns = new TreeSet<>();
    for (String source : sources) {
      columns.addAll(firstColumn("DESCRIBE " + quoted(source) + ";"));
    }
    return previous.withSources(List.copyOf(sources), List.copyOf(columns));
  }

  private List<String> firstColumn(String sql) {
    List<String> names = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      if (!statement.execute(sql)) {
        return names;
      }
      try (ResultSet rows = statement.getResultSet()) {
        while (rows.next()) {
          String name = rows.getString(1);
          if (name != null && !name.isBlank()) {
            names.add(name.strip());
          }
        }
      }
    } catch (SQLException | RuntimeException e) {
      return List.of(); // see the class comment: no names rather than no shell
    }
    return names;
  }

  /** Names are upper-cased unless quoted, so a name that is not all capitals must be quoted back. */
  static String quoted(String name) {
    return name.matches("[A-Z_][A-Z0-9_]*") ? name : '`' + name.replace("`", "``") + '`';
  }
}
