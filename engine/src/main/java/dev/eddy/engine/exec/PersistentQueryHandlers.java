package dev.eddy.engine.exec;

import dev.eddy.engine.StatementResult;
import dev.eddy.engine.catalog.Column;
import dev.eddy.engine.catalog.ColumnRole;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.catalog.SourceKind;
import dev.eddy.engine.catalog.TypeNames;
import dev.eddy.engine.format.NoneFormat;
import dev.eddy.engine.catalog.PseudoColumn;
import dev.eddy.engine.catalog.SourceWindow;
import dev.eddy.engine.format.kafka.KafkaFormat;
import dev.eddy.engine.function.EddyOperatorTable;
import dev.eddy.engine.plan.WindowClause;
import dev.eddy.engine.runtime.window.WindowSpec;
import dev.eddy.sql.tree.EmitMode;
import dev.eddy.engine.query.PersistentQuery;
import dev.eddy.engine.query.RunningTasks;
import dev.eddy.log.TopicConfig;
import dev.eddy.sql.tree.SqlCreateSourceAs;
import dev.eddy.sql.tree.SqlInsertQuery;
import dev.eddy.sql.tree.SqlStreamingQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.validate.SqlValidatorUtil;
import org.apache.calcite.util.Litmus;

/**
 * CREATE STREAM|TABLE ... AS SELECT and INSERT INTO ... SELECT: queries that run until
 * terminated, writing a sink topic. The statement goes to the command log, with its query id,
 * before the query starts; on replay the query resumes from its committed offsets.
 */
final class PersistentQueryHandlers {

  private final EngineContext engine;
  private final QueryPlans plans;

  PersistentQueryHandlers(EngineContext engine, QueryPlans plans) {
    this.engine = engine;
    this.plans = plans;
  }

  StatementResult createAs(SqlCreateSourceAs statement, StatementContext context) {
    SourceKind kind = SourceKinds.of(statement.kind());
    String name = statement.name().getSimple();
    if (engine.catalog().find(name).isPresent()) {
      if (statement.ifNotExists()) {
        return new StatementResult.Message(context.text(), "A source named " + name + " already exists; nothing changed.", null);
      }
      if (!statement.orReplace()) {
        throw new PositionedException(statement.name().getParserPosition(),
            "Cannot add " + kind.displayName() + " '" + name + "': a source with the same name already exists.");
      }
      throw new PositionedException(statement.name().getParserPosition(),
          "CREATE OR REPLACE of a persistent query's sink is not supported yet; terminate the query and drop " + name + " first.");
    }
    SqlStreamingQuery query = statement.query();
    checkQuery(query);
    // Decided on the select list as written: SinkKeys may add the key items ksqlDB's sink needs.
    List<String> keys = JoinSelect.reads(query.select()) ? null : readSource(query)
        .map(read -> SinkKeys.decide(query, read.source(), read.qualifier(), kind == SourceKind.STREAM
            && Boolean.parseBoolean(context.properties().getOrDefault(SinkKeys.NEW_PLANNER, "false")),
            engine.validators()))
        .orElse(null);
    boolean aggregates = query.select().getGroup() != null && !query.select().getGroup().isEmpty();
    SourceWindow sourceWindow = aggregates ? null : windowOfSource(query.select());
    boolean star = query.select().getSelectList().stream().anyMatch(i -> i instanceof SqlIdentifier id && id.isStar());
    if (sourceWindow != null && !star) { // a windowed source's * holds the bounds already
      WindowClause.selectBounds(query.select(), query.select().getSelectList().getParserPosition());
    }
    QueryPlans.Planned planned = planPersistent(query);
    SourceDefinition source = planned.pipeline().origin();
    if (kind == SourceKind.TABLE && source.kind() != SourceKind.TABLE && !aggregates) {
      throw new PositionedException(statement.getParserPosition(),
          "CREATE TABLE AS SELECT over a stream needs a GROUP BY: a table holds one row per key.");
    }
    if (kind == SourceKind.STREAM && (aggregates || !planned.pipeline().outputMode().isInsertOnly())) {
      throw new PositionedException(statement.getParserPosition(), "This query produces a table (its rows"
          + " update earlier ones); use CREATE TABLE AS SELECT.");
    }
    List<Column> columns = keys != null
        ? keyedColumns(planned.pipeline().outputType(), keys, planned.window() != null || sourceWindow != null,
            aggregates, query)
        : aggregates
        ? aggregateColumns(planned.pipeline().outputType(), query, planned.window() != null)
        : planned.join() != null && query.partitionBy() == null
            ? joinColumns(planned.pipeline().outputType(), query, planned.join(), name)
            : sinkColumns(planned.pipeline().outputType(), source, query, sourceWindow != null);
    WithProperties with = WithProperties.of(statement.properties());
    // A join is keyed even when its left source is not: it then takes the session's key format.
    String keyFormat = planned.join() != null && source.keyFormat().equals("NONE")
        ? context.properties().getOrDefault(SourceDefinitions.DEFAULT_KEY_FORMAT, "KAFKA").toUpperCase(Locale.ROOT)
        : source.keyFormat();
    if (columns.stream().noneMatch(Column::isKey) && with.upper(WithProperties.KEY_FORMAT)
        .filter(format -> !format.equals(NoneFormat.NAME)).isPresent()) {
      throw new PositionedException(with.position(WithProperties.KEY_FORMAT), "The sink has no key columns, so"
          + " it has no key to format: leave KEY_FORMAT out, or say NONE.");
    }
    SourceDefinition sink = SourceDefinitions.build(name, kind, columns, with, statement.getParserPosition(), name,
        new SourceDefinitions.Formats(keyFormat, source.valueFormat()));
    WindowSpec window = planned.window();
    if (window != null) {
      sink = sink.withWindow(new SourceWindow(SourceWindow.Type.valueOf(window.type().name()),
          window.type() == WindowSpec.Type.SESSION ? 0 : window.size()));
    } else if (sourceWindow != null) {
      sink = sink.withWindow(sourceWindow);
    }
    String queryId = context.replayedQueryId() != null ? context.replayedQueryId()
        : engine.queries().newId(kind == SourceKind.STREAM ? "CSAS" : "CTAS", name);
    if (!context.replaying()) {
      engine.commands().append(context.command(queryId));
    }
    if (engine.log().describeTopic(sink.topic()).isEmpty()) {
      int partitions = with.integer(WithProperties.PARTITIONS)
          .orElse(engine.log().topic(source.topic()).partitionCount());
      engine.log().createTopic(sink.topic(), TopicConfig.builder().partitions(partitions).build());
    }
    engine.catalog().register(sink, false);
    start(queryId, context, planned, sink, true);
    return new StatementResult.Message(context.text(), "Created query with ID " + queryId, queryId);
  }

  StatementResult insertInto(SqlInsertQuery statement, StatementContext context) {
    SourceDefinition target = engine.catalog().get(statement.target().getSimple());
    checkInsertable(target, statement);
    SqlStreamingQuery query = statement.query();
    checkQuery(query);
    QueryPlans.Planned planned = planPersistent(query);
    RelDataType output = planned.pipeline().outputType();
    checkMatches(target, output, statement);
    String queryId = context.replayedQueryId() != null ? context.replayedQueryId()
        : engine.queries().newId("INSERTQUERY", null);
    if (!context.replaying()) {
      engine.commands().append(context.command(queryId));
    }
    start(queryId, context, planned, target, false);
    return new StatementResult.Message(context.text(), "Created query with ID " + queryId, queryId);
  }

  /** @param created whether the statement created the sink, whose TIMESTAMP column then times its records */
  private void start(String queryId, StatementContext context, QueryPlans.Planned planned, SourceDefinition sink,
      boolean created) {
    RunningTasks tasks = engine.launcher().startPersistent(queryId, planned.pipeline(), sink,
        QueryPlans.startPosition(context), QueryPlans.idleCloseMs(context), created);
    engine.queries().add(new PersistentQuery(queryId, context.text(), sink.name(),
        planned.pipeline().origins().stream().map(SourceDefinition::name).collect(java.util.stream.Collectors.toSet()),
        planned.plan().explain(), planned.pipeline(), tasks));
  }

  /** The one stream or table a query reads, under the name its FROM clause gives it. */
  private record Read(SourceDefinition source, String qualifier) {}

  private java.util.Optional<Read> readSource(SqlStreamingQuery query) {
    SqlNode from = query.window() != null ? query.window().source() : query.select().getFrom();
    String qualifier = null;
    if (from.getKind() == SqlKind.AS) {
      qualifier = ((SqlIdentifier) ((SqlCall) from).operand(1)).getSimple();
      from = ((SqlCall) from).operand(0);
    }
    if (!(from instanceof SqlIdentifier id) || !id.isSimple()) {
      return java.util.Optional.empty();
    }
    String alias = qualifier == null ? id.getSimple() : qualifier;
    return engine.catalog().find(id.getSimple()).map(source -> new Read(source, alias));
  }

  /**
   * The sink's columns when {@link SinkKeys} named its key: the key columns first, in key order,
   * then the values in output order. The window bounds a windowed sink writes into its key are
   * not columns (they are its WINDOWSTART and WINDOWEND pseudo-columns).
   */
  private static List<Column> keyedColumns(RelDataType output, List<String> keys, boolean windowed, boolean aggregates,
      SqlStreamingQuery query) {
    List<Column> columns = new ArrayList<>();
    for (String key : keys) {
      RelDataTypeField field = output.getField(key, true, false);
      if (holdsMap(field.getType())) {
        throw new PositionedException(query.select().getSelectList().getParserPosition(), "The key column " + key
            + " is of type " + TypeNames.of(field.getType()) + ": a key cannot hold a MAP, whose serialized order"
            + " is not stable, so equal keys could land in different partitions.");
      }
      columns.add(new Column(key, field.getType(), ColumnRole.KEY, null));
    }
    for (RelDataTypeField field : output.getFieldList()) {
      if (keys.contains(field.getName()) || (windowed && WindowClause.boundName(field.getName()) != null)) {
        continue;
      }
      columns.add(new Column(field.getName(), field.getType(), ColumnRole.VALUE, null));
    }
    if (aggregates && columns.size() == keys.size()) {
      throw new PositionedException(query.select().getSelectList().getParserPosition(), "The projection contains no"
          + " value columns: a table needs a column besides its key (e.g. COUNT(*) AS n).");
    }
    return columns;
  }

  private static boolean holdsMap(RelDataType type) {
    if (type.getSqlTypeName() == org.apache.calcite.sql.type.SqlTypeName.MAP) {
      return true;
    }
    if (type.getComponentType() != null && holdsMap(type.getComponentType())) {
      return true;
    }
    return type.isStruct() && type.getFieldList().stream().anyMatch(f -> holdsMap(f.getType()));
  }

  /**
   * An aggregate's sink columns: the projected GROUP BY expressions are the key, as ksqlDB
   * keys the table; the window bounds, which the sink writes into the windowed key, are not
   * columns of a windowed table (they are its WINDOWSTART and WINDOWEND pseudo-columns).
   */
  private static List<Column> aggregateColumns(RelDataType output, SqlStreamingQuery query, boolean windowed) {
    Set<Integer> keys = new LinkedHashSet<>();
    for (SqlNode expression : query.select().getGroup()) {
      if (expression instanceof SqlIdentifier id && PseudoColumn.named(id.names.get(id.names.size() - 1))
          .filter(p -> p == PseudoColumn.WINDOWSTART || p == PseudoColumn.WINDOWEND).isPresent()) {
        continue;
      }
      int position = projectedPosition(query, expression, false);
      if (position < 0) {
        throw new PositionedException(expression.getParserPosition(), "The query must select its GROUP BY"
            + " expression " + expression + " (e.g. SELECT " + expression + ", ...) to write it as the key of its table.");
      }
      keys.add(position);
    }
    // Key columns first, in GROUP BY order, as ksqlDB keys the table; then the values.
    List<Column> columns = new ArrayList<>();
    List<RelDataTypeField> fields = output.getFieldList();
    for (int key : keys) {
      columns.add(new Column(fields.get(key).getName(), fields.get(key).getType(), ColumnRole.KEY, null));
    }
    for (int i = 0; i < fields.size(); i++) {
      String name = fields.get(i).getName();
      if (keys.contains(i) || (windowed && WindowClause.boundName(name) != null)) {
        continue;
      }
      columns.add(new Column(name, fields.get(i).getType(), ColumnRole.VALUE, null));
    }
    if (columns.size() == keys.size()) {
      throw new PositionedException(query.select().getSelectList().getParserPosition(), "The projection contains no"
          + " value columns: a table needs a column besides its key (e.g. COUNT(*) AS n).");
    }
    return columns;
  }

  /** The checks on the statement as written, before anything rewrites its select list. */
  private static void checkQuery(SqlStreamingQuery query) {
    checkPersistent(query);
    SinkColumnNames.check(query.select());
  }

  private QueryPlans.Planned planPersistent(SqlStreamingQuery query) {
    new WindowBoundUses(engine.validators().operators()).check(query);
    QueryPlans.Planned planned = plans.plan(query);
    boolean aggregates = query.select().getGroup() != null && !query.select().getGroup().isEmpty();
    for (SourceDefinition read : planned.pipeline().origins()) {
      // A windowed table's rows are keyed by key and window; a query over it would need both as
      // its sink's key, which ksqlDB does not support either.
      if (read.kind() == SourceKind.TABLE && read.isWindowed()) {
        throw new PositionedException(query.select().getFrom().getParserPosition(), "A persistent query cannot read "
            + read.name() + ": it is a windowed table. Query it with SELECT, or build the query on the stream "
            + read.name() + " was aggregated from.");
      }
      if (aggregates) {
        checkAggregable(read, planned, query);
      }
    }
    return planned;
  }

  /**
   * ksqlDB keeps an aggregation's state in the value format of the rows it aggregates, so it
   * refuses formats that cannot hold that state: KAFKA, which holds one primitive, for any
   * GROUP BY. Eddy refuses the same queries, so that a query means the same in both.
   */
  private void checkAggregable(SourceDefinition read, QueryPlans.Planned planned, SqlStreamingQuery query) {
    if (read.valueFormat().equals(KafkaFormat.NAME)) {
      throw new PositionedException(query.select().getGroup().getParserPosition(), "GROUP BY cannot aggregate "
          + read.name() + ": its value format is KAFKA. Copy it into a stream with another value format first,"
          + " e.g. CREATE STREAM ... WITH (VALUE_FORMAT='JSON') AS SELECT * FROM " + read.name() + ";");
    }
    new AggregateStateFormats((EddyOperatorTable) engine.validators().operators(), engine.validators().typeFactory())
        .check(planned.plan().physical(), read, query.select().getSelectList());
  }

  private static void checkPersistent(SqlStreamingQuery query) {
    if (query.emit() == EmitMode.FINAL && query.window() == null) {
      throw new PositionedException(query.getParserPosition(), "EMIT FINAL needs a windowed aggregation.");
    }
    if (query.limit() != null) {
      throw new PositionedException(query.limit().getParserPosition(), "A persistent query cannot have a LIMIT.");
    }
  }

  /**
   * The sink's columns are the query's output columns. Without PARTITION BY the source's key
   * columns stay keys, and the projection must select each once, under its own name or an alias
   * (which renames the key); with it, the projected columns that are the partitioning
   * expressions become the key, as ksqlDB does.
   */
  /**
   * The window of the windowed source a query reads on its own (no join), or null: its rows keep
   * their window, which ksqlDB writes into the sink's key, so the sink needs the bounds.
   */
  private SourceWindow windowOfSource(SqlSelect select) {
    SqlNode from = select.getFrom();
    if (from != null && from.getKind() == SqlKind.AS) {
      from = ((SqlCall) from).operand(0);
    }
    if (!(from instanceof SqlIdentifier id) || !id.isSimple()) {
      return null;
    }
    return engine.catalog().find(id.getSimple()).map(SourceDefinition::window).orElse(null);
  }

  /** @param windowed whether the window bounds go into the sink's windowed key, not its value */
  private static List<Column> sinkColumns(RelDataType output, SourceDefinition source, SqlStreamingQuery query,
      boolean windowed) {
    if (query.partitionBy() != null) {
      return partitionedColumns(output, query);
    }
    Set<String> keyNames = new HashSet<>();
    for (Column key : source.keyColumns()) {
      List<String> names = namesSelecting(query, key.name());
      if (names.isEmpty()) {
        throw new PositionedException(query.select().getSelectList().getParserPosition(), "The query must select the key column "
            + key.name() + " of " + source.name() + " to write it as the key of its sink"
            + (output.getField(key.name(), true, false) == null ? "." : "; the projection's " + key.name()
                + " is another value, which cannot stand in for it."));
      }
      if (names.size() > 1) {
        throw new PositionedException(query.select().getSelectList().getParserPosition(), "The query selects the key"
            + " column " + key.name() + " more than once (as " + String.join(" and ", names) + "); a sink holds each"
            + " key column once. Select it once, or copy it as an expression, e.g. CAST(" + key.name() + " AS ...).");
      }
      keyNames.add(names.get(0));
    }
    List<Column> columns = new ArrayList<>();
    for (RelDataTypeField field : output.getFieldList()) {
      if (windowed && WindowClause.boundName(field.getName()) != null) {
        continue;
      }
      boolean isKey = keyNames.contains(field.getName());
      columns.add(new Column(field.getName(), field.getType(), isKey ? ColumnRole.KEY : ColumnRole.VALUE, null));
    }
    return columns;
  }

  /** A join's sink: keyed by the join key the projection selects (see {@link JoinSelect}), key first. */
  private static List<Column> joinColumns(RelDataType output, SqlStreamingQuery query, JoinSelect.Analysis join,
      String sinkName) {
    List<Integer> keys = JoinSelect.keyPositions(query.select(), join, sinkName);
    List<RelDataTypeField> fields = output.getFieldList();
    List<Column> columns = new ArrayList<>();
    for (int key : keys) {
      columns.add(new Column(fields.get(key).getName(), fields.get(key).getType(), ColumnRole.KEY, null));
    }
    for (int i = 0; i < fields.size(); i++) {
      if (!keys.contains(i)) {
        columns.add(new Column(fields.get(i).getName(), fields.get(i).getType(), ColumnRole.VALUE, null));
      }
    }
    return columns;
  }

  private static List<Column> partitionedColumns(RelDataType output, SqlStreamingQuery query) {
    Set<Integer> keys = new LinkedHashSet<>();
    for (SqlNode expression : query.partitionBy()) {
      int position = projectedPosition(query, expression, true);
      if (position < 0) {
        throw new PositionedException(expression.getParserPosition(), "The query must select its partitioning"
            + " expression " + expression + " (e.g. SELECT " + expression + ", ...) to write it as the key of its sink.");
      }
      keys.add(position);
    }
    List<Column> columns = new ArrayList<>();
    List<RelDataTypeField> fields = output.getFieldList();
    for (int i = 0; i < fields.size(); i++) {
      columns.add(new Column(fields.get(i).getName(), fields.get(i).getType(),
          keys.contains(i) ? ColumnRole.KEY : ColumnRole.VALUE, null));
    }
    return columns;
  }

  /**
   * The select-list position of the item computing {@code expression}, or -1.
   *
   * @param byAlias whether an item whose alias is the expression's name counts (PARTITION BY may
   *     name a projected alias; a GROUP BY names columns of the source only)
   */
  private static int projectedPosition(SqlStreamingQuery query, SqlNode expression, boolean byAlias) {
    List<SqlNode> items = query.select().getSelectList().getList();
    for (int i = 0; i < items.size(); i++) {
      SqlNode item = items.get(i);
      SqlNode computed = item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item;
      String alias = SqlValidatorUtil.alias(item);
      boolean sameName = byAlias && expression instanceof SqlIdentifier id && alias != null
          && alias.equals(id.names.get(id.names.size() - 1));
      if (computed.equalsDeep(expression, Litmus.IGNORE) || sameName) {
        return i;
      }
    }
    return -1;
  }

  /** The output names of the select items that are the source column {@code column} itself, aliased or not. */
  private static List<String> namesSelecting(SqlStreamingQuery query, String column) {
    List<String> names = new ArrayList<>();
    for (SqlNode item : query.select().getSelectList()) {
      SqlNode computed = item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item;
      if (computed instanceof SqlIdentifier id && (id.isStar() || id.names.get(id.names.size() - 1).equals(column))) {
        names.add(id.isStar() ? column : SqlValidatorUtil.alias(item));
      }
    }
    return names;
  }

  /**
   * A query appends to a stream it owns: a table's rows would need the key semantics of the query
   * that builds it, a read-only source's topic is not Eddy's, and header columns are read from
   * the records, never written.
   */
  private static void checkInsertable(SourceDefinition target, SqlInsertQuery statement) {
    SqlIdentifier name = statement.target();
    if (target.kind() != SourceKind.STREAM) {
      throw new PositionedException(name.getParserPosition(), "INSERT INTO ... SELECT writes to streams only, and "
          + target.name() + " is a table. Build the table with CREATE TABLE ... AS SELECT instead.");
    }
    if (target.readOnly()) {
      throw new PositionedException(name.getParserPosition(), "Cannot insert into " + target.name()
          + ": it is a read-only SOURCE stream.");
    }
    if (target.columns().stream().anyMatch(c -> c.role() == ColumnRole.HEADERS || c.role() == ColumnRole.HEADER)) {
      throw new PositionedException(name.getParserPosition(), "Cannot insert into " + target.name()
          + ": it has columns read from record headers, which a query cannot write.");
    }
  }

  private static void checkMatches(SourceDefinition target, RelDataType output, SqlInsertQuery statement) {
    List<String> expected = target.columns().stream().map(c -> c.name() + " " + TypeNames.of(c.type())).toList();
    List<String> actual = output.getFieldList().stream().map(f -> f.getName() + " " + TypeNames.of(f.getType())).toList();
    if (!expected.equals(actual)) {
      throw new PositionedException(statement.query().getParserPosition(), "The query's columns " + actual
          + " do not match the columns of " + target.name() + " " + expected + ".");
    }
  }
}
