package dev.eddy.engine.function;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.engine.catalog.TypeNames;
import dev.eddy.engine.plan.EddyValidator;
import dev.eddy.functions.registry.ResolvedCall;
import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.volcano.VolcanoPlanner;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import org.apache.calcite.sql2rel.StandardConvertletTable;
import org.junit.jupiter.api.Test;

/**
 * Aggregates and table functions validate with the registry's types; the engine finds each
 * aggregate call's implementation through {@link AggregateCalls}.
 */
class AggregateAndTableFunctionsTest {

  private final FunctionHarness harness = new FunctionHarness();

  private static final String AGGREGATES = "SELECT id, COUNT(*) AS N, COUNT(name) AS NAMES, "
      + "SUM(big) AS TOTAL, AVG(id) AS MEAN, TOPK(d, 3) AS TOP3, COLLECT_LIST(name) AS NAMES_SEEN, "
      + "MAX(ts) AS LATEST FROM T GROUP BY id";

  @Test
  void aggregatesValidateWithKsqlDbResultTypes() throws Exception {
    EddyValidator validator = harness.validators().create();
    SqlNode validated = validator.validate(FunctionHarness.parse(AGGREGATES));

    assertThat(validator.getValidatedNodeType(validated).getFieldList())
        .extracting(f -> f.getName() + " " + TypeNames.of(f.getType()))
        .containsExactly("ID INTEGER", "N BIGINT", "NAMES BIGINT", "TOTAL BIGINT", "MEAN DOUBLE",
            "TOP3 ARRAY<DOUBLE>", "NAMES_SEEN ARRAY<STRING>", "LATEST TIMESTAMP");
  }

  @Test
  void everyAggregateCallResolvesToItsRegistryImplementation() throws Exception {
    Aggregate aggregate = logicalAggregate(AGGREGATES);
    RelDataType input = aggregate.getInput().getRowType();

    assertThat(aggregate.getAggCallList())
        .extracting(call -> describe(call, input))
        .containsExactly(
            "COUNT -> COUNT() => BIGINT over []",
            "COUNT -> COUNT(col1 T) => BIGINT over [STRING]",
            "SUM -> SUM(col1 BIGINT) => BIGINT over [BIGINT]",
            // the column is an INTEGER; the aggregate operator must widen it as resolution says
            "AVG -> AVG(col1 DOUBLE) => DOUBLE over [DOUBLE]",
            "TOPK -> TOPK(col1 T, k INTEGER) => ARRAY<T> over [DOUBLE, INTEGER]",
            "COLLECT_LIST -> COLLECT_LIST(col1 T) => ARRAY<T> over [STRING]",
            "MAX -> MAX(col1 T) => T over [TIMESTAMP]");
  }

  private static String describe(AggregateCall call, RelDataType input) {
    return call.getAggregation().getName() + " -> "
        + AggregateCalls.resolve(FunctionHarness.OPERATORS, call, input)
            .map(r -> r.signature() + " over " + r.argumentTypes())
            .orElse("(none)");
  }

  @Test
  void aTableFunctionValidatesAsItsElementTypeAndNamesItsMethod() throws Exception {
    EddyValidator validator = harness.validators().create();
    SqlNode validated = validator.validate(FunctionHarness.parse(
        "SELECT id, EXPLODE(tags) AS TAG FROM T"));
    assertThat(TypeNames.of(validator.getValidatedNodeType(validated).getFieldList().get(1).getType()))
        .isEqualTo("STRING");

    TableFunctionOperator explode =
        (TableFunctionOperator) FunctionHarness.OPERATORS.function("EXPLODE").orElseThrow();
    ResolvedCall call = explode.resolve(List.of(harness.types.createArrayType(
        harness.types.createSqlType(org.apache.calcite.sql.type.SqlTypeName.INTEGER), -1)));
    assertThat(call.returnType().toString()).isEqualTo("INTEGER");
    assertThat(call.signature().method().method().getReturnType()).isEqualTo(List.class);
  }

  private Aggregate logicalAggregate(String sql) throws Exception {
    EddyValidator validator = harness.validators().create();
    SqlNode validated = validator.validate(FunctionHarness.parse(sql));
    RelOptCluster cluster = RelOptCluster.create(new VolcanoPlanner(), new RexBuilder(harness.types));
    SqlToRelConverter converter = new SqlToRelConverter((r, q, s, v) -> null, validator,
        validator.getCatalogReader().unwrap(CalciteCatalogReader.class), cluster,
        StandardConvertletTable.INSTANCE, SqlToRelConverter.config());
    RelNode rel = converter.convertQuery(validated, false, true).rel;
    while (!(rel instanceof Aggregate)) {
      rel = rel.getInput(0);
    }
    return (Aggregate) rel;
  }
}
