package dev.eddy.engine.exec;

import dev.eddy.engine.StatementResult;
import dev.eddy.engine.catalog.Column;
import dev.eddy.engine.catalog.ColumnRole;
import dev.eddy.engine.catalog.NearestNames;
import dev.eddy.engine.catalog.PseudoColumn;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.plan.ConstantEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.type.SqlTypeName;
import dev.eddy.sql.tree.SqlInsertValues;

/**
 * INSERT INTO source [(columns)] VALUES (...): one record, written with the source's formats
 * to the partition its key hashes to, acknowledged once durable under the topic's flush policy.
 * Columns left out are null; ROWTIME may be given to set the record's timestamp.
 */
final class InsertValuesHandler implements StatementHandler<SqlInsertValues> {

  private final EngineContext engine;
  private final ConstantEvaluator evaluator;
  /** Spreads keyless records over partitions, as Kafka's producer does. */
  private final AtomicInteger nextKeylessPartition = new AtomicInteger();

  InsertValuesHandler(EngineContext engine) {
    this.engine = engine;
    this.evaluator = new ConstantEvaluator(engine.validators(), engine.compiler());
  }

  @Override
  public StatementResult execute(SqlInsertValues statement, StatementContext context) {
    SourceDefinition target = engine.catalog().get(statement.target().getSimple());
    if (target.readOnly()) {
      throw new PositionedException(statement.target().getParserPosition(), "Cannot insert into " + target.name()
          + ": it is a read-only SOURCE " + target.kind().displayName() + ".");
    }
    List<String> names = new ArrayList<>();
    List<SqlNode> positions = new ArrayList<>();
    if (statement.columns() == null) {
      target.columns().stream().filter(c -> c.role() == ColumnRole.KEY || c.role() == ColumnRole.VALUE)
          .forEach(c -> names.add(c.name()));
    } else {
      for (SqlNode node : statement.columns()) {
        names.add(((SqlIdentifier) node).getSimple());
        positions.add(node);
      }
    }
    List<SqlNode> values = statement.values().getList();
    if (values.size() != names.size()) {
      throw new PositionedException(statement.values().getParserPosition(), "Expected " + names.size()
          + " values for " + names + " but got " + values.size() + ".");
    }
    RelDataTypeFactory types = engine.validators().typeFactory();
    List<RelDataType> columnTypes = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      columnTypes.add(typeOf(target, names.get(i), i < positions.size() ? positions.get(i) : statement.target(), types));
    }
    Object[] evaluated = evaluator.evaluate(values, columnTypes, names);

    Object[] row = new Object[target.columns().size()];
    long timestamp = System.currentTimeMillis();
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equals(PseudoColumn.ROWTIME.name())) {
        if (evaluated[i] != null) {
          timestamp = (Long) evaluated[i];
        }
      } else {
        row[indexOf(target, names.get(i))] = evaluated[i];
      }
    }
    new SourceRecordWriter(engine, target, nextKeylessPartition).write(row, timestamp);
    return new StatementResult.Message(context.text(), "Inserted 1 row into " + target.name() + ".", null);
  }

  private static RelDataType typeOf(SourceDefinition target, String name, SqlNode position, RelDataTypeFactory types) {
    if (name.equals(PseudoColumn.ROWTIME.name())) {
      return types.createSqlType(SqlTypeName.BIGINT);
    }
    Column column = target.column(name).orElseThrow(() -> new PositionedException(position.getParserPosition(),
        "Column '" + name + "' is not a column of " + target.name() + "."
            + NearestNames.hint(name, target.columns().stream().map(Column::name).toList())));
    if (column.role() == ColumnRole.HEADERS || column.role() == ColumnRole.HEADER) {
      throw new PositionedException(position.getParserPosition(), "Column '" + name + "' is read from record headers and cannot be inserted.");
    }
    return column.type();
  }

  private static int indexOf(SourceDefinition target, String name) {
    for (int i = 0; i < target.columns().size(); i++) {
      if (target.columns().get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name);
  }
}
