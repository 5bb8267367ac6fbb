package dev.eddy.engine.function;

import dev.eddy.engine.catalog.Catalog;
import dev.eddy.engine.catalog.Column;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.catalog.SourceKind;
import dev.eddy.engine.codegen.RowTransform;
import dev.eddy.engine.codegen.RowTransformCompiler;
import dev.eddy.engine.plan.EddyCalc;
import dev.eddy.engine.plan.QueryPlanner;
import dev.eddy.engine.plan.Validators;
import dev.eddy.functions.registry.FunctionRegistry;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.calcite.DataContexts;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Plans {@code SELECT <expression> FROM T} through the engine's planner with Eddy's operator
 * table and compiles the resulting calc, over a source T with a column of every type.
 */
final class FunctionHarness {

  static final FunctionRegistry REGISTRY = FunctionRegistry.builtIns();
  static final EddyOperatorTable OPERATORS = EddyOperatorTable.of(REGISTRY);

  /** T's columns, in order, with the value {@link #ROW} holds for each. */
  static final String COLUMNS =
      "ID INTEGER, NAME STRING, A STRING, B STRING, C STRING, BIG BIGINT, D DOUBLE, "
          + "AMT DECIMAL(10, 3), FLAG BOOLEAN, BIN BYTES, DT DATE, TM TIME, TS TIMESTAMP, "
          + "ARR ARRAY<INTEGER>, TAGS ARRAY<STRING>, M MAP<STRING, INTEGER>, S STRUCT<X INTEGER, Y STRING>";

  static final Object[] ROW = {
      1, "hello", "a", "b", null, 10L, 2.35,
      new BigDecimal("12.345"), true, new ByteString(new byte[] {1, 2, 3}),
      19000 /* 2022-01-08 */, 3_600_000 /* 01:00 */, 1_700_000_000_000L /* 2023-11-14T22:13:20Z */,
      Arrays.asList(1, 2, 2, 3), List.of("x", "y"), Map.of("k", 1), new Object[] {7, "seven"},
      // ROWTIME, ROWPARTITION, ROWOFFSET
      1_700_000_000_000L, 0, 42L};

  final JavaTypeFactory types = new JavaTypeFactoryImpl();
  final QueryPlanner planner;
  private final Validators validators;

  FunctionHarness() {
    Catalog catalog = new Catalog();
    catalog.register(new SourceDefinition("T", SourceKind.STREAM, List.of(
        Column.key("ID", type(SqlTypeName.INTEGER)),
        Column.value("NAME", type(SqlTypeName.VARCHAR)),
        Column.value("A", type(SqlTypeName.VARCHAR)),
        Column.value("B", type(SqlTypeName.VARCHAR)),
        Column.value("C", type(SqlTypeName.VARCHAR)),
        Column.value("BIG", type(SqlTypeName.BIGINT)),
        Column.value("D", type(SqlTypeName.DOUBLE)),
        Column.value("AMT", types.createSqlType(SqlTypeName.DECIMAL, 10, 3)),
        Column.value("FLAG", type(SqlTypeName.BOOLEAN)),
        Column.value("BIN", type(SqlTypeName.VARBINARY)),
        Column.value("DT", type(SqlTypeName.DATE)),
        Column.value("TM", type(SqlTypeName.TIME)),
        Column.value("TS", type(SqlTypeName.TIMESTAMP)),
        Column.value("ARR", types.createArrayType(nullable(SqlTypeName.INTEGER), -1)),
        Column.value("TAGS", types.createArrayType(nullable(SqlTypeName.VARCHAR), -1)),
        Column.value("M", types.createMapType(nullable(SqlTypeName.VARCHAR), nullable(SqlTypeName.INTEGER))),
        Column.value("S", types.createStructType(
            List.of(nullable(SqlTypeName.INTEGER), nullable(SqlTypeName.VARCHAR)), List.of("X", "Y")))),
        "t", "KAFKA", "JSON", Map.of(), null, null, null), false);
    validators = new Validators(catalog, types, OPERATORS);
    planner = new QueryPlanner(validators);
  }

  Validators validators() {
    return validators;
  }

  private RelDataType type(SqlTypeName name) {
    return types.createSqlType(name);
  }

  private RelDataType nullable(SqlTypeName name) {
    return types.createTypeWithNullability(types.createSqlType(name), true);
  }

  static SqlNode parse(String sql) throws SqlParseException {
    return SqlParser.create(sql, SqlParser.config()
        .withQuoting(Quoting.BACK_TICK)
        .withUnquotedCasing(Casing.TO_UPPER)
        .withQuotedCasing(Casing.UNCHANGED)).parseQuery();
  }

  /** The planned query's single output column type. */
  RelDataType typeOf(String expression) throws SqlParseException {
    return planner.plan(parse("SELECT " + expression + " AS R FROM T"))
        .physical().getRowType().getFieldList().get(0).getType();
  }

  /** Compiles {@code SELECT expression FROM T}. */
  RowTransform compile(String expression) throws SqlParseException {
    QueryPlanner.PlannedQuery plan = planner.plan(parse("SELECT " + expression + " AS R FROM T"));
    if (!(plan.physical() instanceof EddyCalc calc)) {
      throw new AssertionError("expected one calc, got\n" + plan.explain());
    }
    return new RowTransformCompiler(types).compile(calc.getProgram(), DataContexts.of(Map.of()));
  }

  /** The value of {@code expression} over {@link #ROW}, as Calcite's internal value. */
  Object eval(String expression) throws SqlParseException {
    return compile(expression).apply(ROW.clone())[0];
  }

  /** The type and the value over {@link #ROW} of {@code expression}, planned once. */
  Result run(String expression) throws SqlParseException {
    QueryPlanner.PlannedQuery plan = planner.plan(parse("SELECT " + expression + " AS R FROM T"));
    RelDataType type = plan.physical().getRowType().getFieldList().get(0).getType();
    if (!(plan.physical() instanceof EddyCalc calc)) {
      throw new AssertionError("expected one calc, got\n" + plan.explain());
    }
    RowTransform transform = new RowTransformCompiler(types).compile(calc.getProgram(), DataContexts.of(Map.of()));
    return new Result(type, transform.apply(ROW.clone())[0]);
  }

  record Result(RelDataType type, Object value) {}
}
