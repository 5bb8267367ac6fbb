package dev.eddy.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eddy.engine.catalog.Column;
import dev.eddy.engine.catalog.ColumnRole;
import dev.eddy.engine.catalog.NearestNames;
import dev.eddy.engine.catalog.PseudoColumn;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.catalog.UnknownNameException;
import dev.eddy.engine.exec.EngineContext;
import dev.eddy.engine.exec.SourceRecordWriter;
import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.FormatOptions;
import dev.eddy.engine.format.RowDeserializer;
import dev.eddy.engine.format.SerdeTarget;
import dev.eddy.engine.format.json.JsonFormat;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Inserts rows given as JSON objects into one stream or table, as {@code INSERT INTO target
 * (columns) VALUES (...)} would: a field per column (names matched as the JSON format matches
 * them, case-insensitively), columns left out are null, and {@code ROWTIME} (epoch milliseconds)
 * sets the record's timestamp. This is the engine side of ksqlDB's /inserts-stream, where a
 * client streams many rows into one target. Thread-safe.
 */
public final class RowInserter {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final SourceRecordWriter writer;
  private final RowDeserializer reader;
  private final List<String> fields;
  private final int rowtimeField;

  private RowInserter(EngineContext engine, SourceDefinition target) {
    this.writer = new SourceRecordWriter(engine, target, new AtomicInteger());
    RelDataTypeFactory types = engine.validators().typeFactory();
    RelDataTypeFactory.Builder schema = types.builder();
    List<String> names = new ArrayList<>();
    for (Column column : target.columns()) {
      // Header columns are read from record headers, which a JSON row cannot set; they stay null.
      if (column.role() == ColumnRole.KEY || column.role() == ColumnRole.VALUE) {
        schema.add(column.name(), types.createTypeWithNullability(column.type(), true));
        names.add(column.name());
      }
    }
    schema.add(PseudoColumn.ROWTIME.name(), types.createTypeWithNullability(types.createSqlType(SqlTypeName.BIGINT), true));
    names.add(PseudoColumn.ROWTIME.name());
    this.fields = List.copyOf(names);
    this.rowtimeField = names.size() - 1;
    this.reader = new JsonFormat().deserializer(schema.build(), SerdeTarget.VALUE, FormatOptions.none());
  }

  /**
   * An inserter for the stream or table named {@code target} (as written, or upper-cased as an
   * unquoted identifier would be).
   *
   * @throws StatementException when no such stream or table exists
   */
  public static RowInserter open(Engine engine, String target) {
    EngineContext context = engine.context();
    SourceDefinition source = context.catalog().find(target)
        .or(() -> context.catalog().find(target.toUpperCase(Locale.ROOT)))
        .orElseThrow(() -> invalid(new UnknownNameException("Stream or table", target,
            context.catalog().sources().stream().map(SourceDefinition::name).toList()).getMessage(), null));
    return new RowInserter(context, source);
  }

  /** The name of the stream or table rows go to. */
  public String target() {
    return writer.target().name();
  }

  /**
   * Appends one row, given as the UTF-8 bytes of a JSON object.
   *
   * @return completes once the row is durable under the topic's flush policy, or exceptionally
   *     when the log could not make it durable
   * @throws StatementException (INVALID) when the row is not a JSON object of the target's
   *     columns or a value does not fit its column's type; nothing is written then
   */
  public CompletableFuture<Void> insert(byte[] jsonObject) {
    Object[] parsed;
    try {
      rejectUnknownFields(jsonObject);
      parsed = reader.deserialize(jsonObject);
    } catch (FormatException e) {
      throw invalid(e.getMessage(), e);
    }
    if (parsed == null) {
      throw invalid("A row must be a JSON object, not null", null);
    }
    SourceDefinition target = writer.target();
    Object[] row = new Object[target.columns().size()];
    for (int i = 0; i < rowtimeField; i++) {
      row[target.columns().indexOf(target.column(fields.get(i)).orElseThrow())] = parsed[i];
    }
    long timestamp = parsed[rowtimeField] == null ? System.currentTimeMillis() : (Long) parsed[rowtimeField];
    try {
      return writer.writeAsync(row, timestamp).thenApply(appended -> null);
    } catch (FormatException e) {
      throw invalid(e.getMessage(), e);
    }
  }

  /** A misspelt column would otherwise be silently null; say which columns there are instead. */
  private void rejectUnknownFields(byte[] jsonObject) {
    JsonNode root;
    try {
      root = MAPPER.readTree(jsonObject);
    } catch (JsonProcessingException e) {
      throw new FormatException("Invalid JSON: " + e.getOriginalMessage(), e);
    } catch (java.io.IOException e) {
      throw new FormatException("Invalid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new FormatException("A row must be a JSON object of " + target() + "'s columns "
          + fields + ", got: " + (root == null ? "nothing" : abbreviate(root.toString())));
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!fields.contains(name) && !fields.contains(name.toUpperCase(Locale.ROOT))) {
        throw new FormatException("'" + name + "' is not a column of " + target() + "."
            + NearestNames.hint(name.toUpperCase(Locale.ROOT), fields));
      }
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 100 ? text : text.substring(0, 100) + "...";
  }

  private static StatementException invalid(String reason, Throwable cause) {
    return new StatementException(StatementException.Kind.INVALID, reason, 0, 0, null, cause);
  }
}
