package dev.eddy.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eddy.engine.catalog.Catalog;
import dev.eddy.engine.catalog.Column;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.catalog.SourceKind;
import java.util.List;
import java.util.Map;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

class QueryPlannerTest {

  private final JavaTypeFactory types = new JavaTypeFactoryImpl();
  private final Catalog catalog = new Catalog();
  private final QueryPlanner planner = new QueryPlanner(new Validators(catalog, types, SqlStdOperatorTable.instance()));

  QueryPlannerTest() {
    catalog.register(new SourceDefinition("ORDERS", SourceKind.STREAM, List.of(
        Column.key("ID", types.createSqlType(SqlTypeName.INTEGER)),
        Column.value("NAME", types.createSqlType(SqlTypeName.VARCHAR)),
        Column.value("AMOUNT", types.createSqlType(SqlTypeName.DOUBLE))),
        "orders", "KAFKA", "JSON", Map.of(), null, null, null), false);
  }

  private static SqlNode parse(String sql) throws Exception {
    return SqlParser.create(sql, SqlParser.config()
        .withQuoting(Quoting.BACK_TICK)
        .withUnquotedCasing(Casing.TO_UPPER)
        .withQuotedCasing(Casing.UNCHANGED)).parseQuery();
  }

  @Test
  void filterAndProjectionFuseIntoOneCalcOverTheScan() throws Exception {
    QueryPlanner.PlannedQuery plan = planner.plan(parse("SELECT id, amount * 2 AS doubled FROM orders WHERE amount > 10"));

    assertThat(plan.explain()).isEqualTo("""
        EddyCalc(expr#0..7=[{inputs}], expr#8=[2], expr#9=[*($t2, $t8)], expr#10=[10.0E0:DOUBLE], expr#11=[>($t2, $t10)], ID=[$t0], DOUBLED=[$t9], $condition=[$t11])
          EddySourceScan(source=[ORDERS], topic=[orders])
        """);
    assertThat(plan.physical().getRowType().getFieldNames()).containsExactly("ID", "DOUBLED");
  }

  @Test
  void unnamedExpressionsAreNamedAsKsqlDbNamesThem() throws Exception {
    assertThat(planner.plan(parse("SELECT id, amount * 2, name, UPPER(name) FROM orders")).physical().getRowType().getFieldNames())
        .containsExactly("ID", "KSQL_COL_0", "NAME", "KSQL_COL_1");
  }

  @Test
  void starLeavesOutPseudoColumnsWhichCanStillBeNamed() throws Exception {
    assertThat(planner.plan(parse("SELECT * FROM orders")).physical().getRowType().getFieldNames())
        .containsExactly("ID", "NAME", "AMOUNT");
    assertThat(planner.plan(parse("SELECT rowtime, rowoffset, name FROM orders")).physical().getRowType().getFieldNames())
        .containsExactly("ROWTIME", "ROWOFFSET", "NAME");
  }

  @Test
  void unknownColumnIsAPositionedValidationError() {
    assertThatThrownBy(() -> planner.plan(parse("SELECT amountt\nFROM orders")))
        .isInstanceOf(CalciteContextException.class)
        .hasMessage("From line 1, column 8 to line 1, column 14: Column 'AMOUNTT' not found. Did you mean 'AMOUNT'?");
  }

  @Test
  void unknownSourceIsAPositionedValidationErrorNamingTheNearestSources() {
    assertThatThrownBy(() -> planner.plan(parse("SELECT * FROM ordrs")))
        .isInstanceOf(CalciteContextException.class)
        .hasMessage("From line 1, column 15 to line 1, column 19: Stream or table 'ORDRS' does not exist. Did you mean 'ORDERS'?");
  }
}
