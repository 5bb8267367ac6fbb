package dev.eddy.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.Litmus;
import org.junit.jupiter.api.Test;

import dev.eddy.sql.tree.ColumnConstraint;
import dev.eddy.sql.tree.EmitMode;
import dev.eddy.sql.tree.SourceKind;
import dev.eddy.sql.tree.SqlColumnDeclaration;
import dev.eddy.sql.tree.SqlCreateSource;
import dev.eddy.sql.tree.SqlCreateSourceAs;
import dev.eddy.sql.tree.SqlJoinWindow;
import dev.eddy.sql.tree.SqlProperty;
import dev.eddy.sql.tree.SqlStreamingQuery;
import dev.eddy.sql.tree.WindowType;

/** The shapes the engine relies on: Calcite nodes where Calcite has them, and exact positions. */
class StatementShapeTest {

  private static SqlStreamingQuery query(String sql) {
    return (SqlStreamingQuery) EddySqlParser.parseStatement(sql);
  }

  private static String sql(SqlNode node) {
    return EddySqlParser.unparse(node);
  }

  @Test
  void windowClauseBecomesTheWindowTableFunctionInFrom() {
    SqlStreamingQuery query = query(
        "SELECT id, COUNT(*) FROM s WINDOW TUMBLING (SIZE 1 MINUTE, GRACE PERIOD 5 SECONDS) GROUP BY id EMIT FINAL;");
    assertThat(sql(query.select().getFrom()))
        .isEqualTo("TABLE(TUMBLE(TABLE S, DESCRIPTOR(ROWTIME), INTERVAL '1' MINUTE)) AS S");
    assertThat(query.window().type()).isEqualTo(WindowType.TUMBLING);
    assertThat(query.window().grace().toMillis()).isEqualTo(5_000);
    assertThat(query.window().retention()).isNull();
    assertThat(query.emit()).isEqualTo(EmitMode.FINAL);
    assertThat(sql(query.select().getGroup())).isEqualTo("ID");
  }

  @Test
  void hoppingAndSessionUseCalcitesOperandOrder() {
    assertThat(sql(query("SELECT * FROM s x WINDOW HOPPING (SIZE 30 SECONDS, ADVANCE BY 10 SECONDS);")
        .select().getFrom()))
        .isEqualTo("TABLE(HOP(TABLE S, DESCRIPTOR(ROWTIME), INTERVAL '10' SECOND, INTERVAL '30' SECOND)) AS X");
    assertThat(sql(query("SELECT * FROM s WINDOW SESSION (250 MILLISECONDS);").select().getFrom()))
        .isEqualTo("TABLE(SESSION(TABLE S, DESCRIPTOR(ROWTIME), INTERVAL '0.250' SECOND)) AS S");
  }

  @Test
  void standardWindowFunctionInFromHasTheSameShape() {
    SqlNode ksql = query("SELECT * FROM s WINDOW TUMBLING (SIZE 1 MINUTE) EMIT CHANGES;").select().getFrom();
    SqlNode standard = query("SELECT * FROM TABLE(TUMBLE(TABLE s, DESCRIPTOR(ROWTIME), INTERVAL '1' MINUTE)) AS s"
        + " EMIT CHANGES;").select().getFrom();
    assertThat(standard.equalsDeep(ksql, Litmus.IGNORE)).isTrue();
    SqlCall tumble = ((SqlCall) ((SqlCall) ((SqlCall) standard).operand(0)).operand(0));
    assertThat(tumble.getOperator()).isSameAs(SqlStdOperatorTable.TUMBLE);
    assertThat(((SqlCall) tumble.operand(0)).getOperator()).isSameAs(SqlStdOperatorTable.EXPLICIT_TABLE);
    assertThat(((SqlCall) tumble.operand(1)).getOperator()).isSameAs(SqlStdOperatorTable.DESCRIPTOR);
  }

  @Test
  void windowedJoinFeedsTheJoinAsASubquery() {
    SqlStreamingQuery query = query(
        "SELECT * FROM a JOIN b WITHIN 1 HOUR ON a.id = b.id WINDOW TUMBLING (SIZE 1 HOUR) GROUP BY a.id;");
    assertThat(sql(query.select().getFrom())).isEqualTo(
        "TABLE(TUMBLE((SELECT * FROM A INNER JOIN B ON A.ID = B.ID), DESCRIPTOR(ROWTIME), INTERVAL '1' HOUR))");
  }

  @Test
  void joinsAreCalciteJoinsWithTheirWithinBeside() {
    SqlStreamingQuery query = query("SELECT * FROM a LEFT JOIN b WITHIN (1 SECOND, 2 SECONDS) GRACE PERIOD 3 SECONDS"
        + " ON a.id = b.id FULL OUTER JOIN c ON c.id = a.id EMIT CHANGES;");
    SqlJoin outer = (SqlJoin) query.select().getFrom();
    SqlJoin inner = (SqlJoin) outer.getLeft();
    assertThat(outer.getJoinType()).isEqualTo(JoinType.FULL);
    assertThat(inner.getJoinType()).isEqualTo(JoinType.LEFT);
    assertThat(sql(inner.getCondition())).isEqualTo("A.ID = B.ID");
    SqlJoinWindow within = query.joinWindow(0);
    assertThat(within.before().toMillis()).isEqualTo(1_000);
    assertThat(within.effectiveAfter().toMillis()).isEqualTo(2_000);
    assertThat(within.grace().toMillis()).isEqualTo(3_000);
    assertThat(query.joinWindow(1)).isNull();
  }

  @Test
  void selectIsPlainCalciteWithoutOrderByOrFetch() {
    SqlStreamingQuery query = query("SELECT a FROM s WHERE a > 1 PARTITION BY b LIMIT 3;");
    SqlSelect select = query.select();
    assertThat(select.getOrderList()).isNull();
    assertThat(select.getFetch()).isNull();
    assertThat(select.getWhere().getKind()).isEqualTo(SqlKind.GREATER_THAN);
    assertThat(sql(query.partitionBy())).isEqualTo("B");
    assertThat(query.limit().intValue(true)).isEqualTo(3);
    assertThat(query.emit()).isNull();
  }

  @Test
  void expressionsUseCalcitesStandardOperators() {
    assertThat(((SqlCall) EddySqlParser.parseExpression("a->b")).getOperator()).isSameAs(SqlStdOperatorTable.DOT);
    assertThat(((SqlCall) EddySqlParser.parseExpression("a[1]")).getOperator()).isSameAs(SqlStdOperatorTable.ITEM);
    assertThat(((SqlCall) EddySqlParser.parseExpression("MAP('a' := 1)")).getOperator())
        .isSameAs(SqlStdOperatorTable.MAP_VALUE_CONSTRUCTOR);
    SqlCall transform = (SqlCall) EddySqlParser.parseExpression("TRANSFORM(a, x => x + 1)");
    assertThat(transform.operand(1).getKind()).isEqualTo(SqlKind.LAMBDA);
    assertThat(EddySqlParser.parseExpression("a LIKE 'x' ESCAPE '!'").getKind()).isEqualTo(SqlKind.LIKE);
    assertThat(EddySqlParser.parseExpression("a IS NOT DISTINCT FROM b").getKind())
        .isEqualTo(SqlKind.IS_NOT_DISTINCT_FROM);
    assertThat(sql(EddySqlParser.parseType("STRUCT<a INT, b ARRAY<MAP<STRING, BYTES>>>")))
        .isEqualTo("STRUCT<A INTEGER, B ARRAY<MAP<VARCHAR, VARBINARY>>>");
  }

  @Test
  void unquotedNamesAreUpperCasedAndQuotedOnesKeepTheirCase() {
    SqlStreamingQuery query = query("select `myCol`, other from `Src`;");
    assertThat(((SqlIdentifier) query.select().getSelectList().get(0)).getSimple()).isEqualTo("myCol");
    assertThat(((SqlIdentifier) query.select().getSelectList().get(1)).getSimple()).isEqualTo("OTHER");
    assertThat(((SqlIdentifier) query.select().getFrom()).getSimple()).isEqualTo("Src");
  }

  @Test
  void createSourceKeepsColumnsConstraintsAndProperties() {
    SqlCreateSource create = (SqlCreateSource) EddySqlParser.parseStatement(
        "CREATE TABLE t (id STRING PRIMARY KEY, h BYTES HEADER('trace')) WITH (KAFKA_TOPIC='t', 'partitions'=-2);");
    assertThat(create.kind()).isEqualTo(SourceKind.TABLE);
    SqlColumnDeclaration header = (SqlColumnDeclaration) create.columns().get(1);
    assertThat(header.constraint()).isEqualTo(ColumnConstraint.HEADER);
    assertThat(header.headerKey().getValueAs(String.class)).isEqualTo("trace");
    SqlProperty partitions = (SqlProperty) create.properties().get(1);
    assertThat(partitions.name()).isEqualTo("PARTITIONS");
    assertThat(sql(partitions.value())).isEqualTo("-2");
  }

  @Test
  void positionsCountInTheWholeText() {
    List<ParsedStatement> statements = EddySqlParser.parseStatements(
        "-- two statements\nSHOW STREAMS;\n  CREATE STREAM s2 AS\n    SELECT a + b AS c FROM s;");
    assertThat(statements).hasSize(2);
    ParsedStatement second = statements.get(1);
    assertThat(second.text()).isEqualTo("CREATE STREAM s2 AS\n    SELECT a + b AS c FROM s;");
    assertThat(second.position()).isEqualTo(new SqlParserPos(3, 3, 3, 3));
    assertThat(second.offset()).isEqualTo(34);
    SqlCreateSourceAs create = (SqlCreateSourceAs) second.node();
    SqlBasicCall alias = (SqlBasicCall) create.query().select().getSelectList().get(0);
    SqlNode plus = alias.operand(0);
    assertThat(plus.getParserPosition()).isEqualTo(new SqlParserPos(4, 12, 4, 16));
    assertThat(create.name().getParserPosition()).isEqualTo(new SqlParserPos(3, 17, 3, 18));
  }

  @Test
  void splittingNeverLooksInsideStringsCommentsOrQuotedNames() {
    List<ParsedStatement> statements = EddySqlParser.parseStatements(
        "SELECT 'a;b' FROM s; /* ; */ SELECT `x;y` FROM t -- ;\n; SELECT \"p;q\" FROM u");
    assertThat(statements).extracting(s -> sql(s.node())).containsExactly(
        "SELECT 'a;b' FROM S", "SELECT `x;y` FROM T", "SELECT `p;q` FROM U");
    assertThat(EddySqlParser.parseStatements("-- only a comment\n/* and another */ ;;")).isEmpty();
  }

  @Test
  void variablesComeFromTheCallerAndFromEarlierDefines() {
    List<ParsedStatement> statements = EddySqlParser.parseStatements(
        "DEFINE topic = 'orders';\n"
            + "CREATE STREAM ${src} WITH (kafka_topic='${topic}', value_format='${fmt}');\n"
            + "UNDEFINE topic;\n"
            + "SELECT '${topic}' FROM ${src};",
        Map.of("src", "s", "FMT", "JSON"));
    assertThat(sql(statements.get(1).node()))
        .isEqualTo("CREATE STREAM S WITH (KAFKA_TOPIC = 'orders', VALUE_FORMAT = 'JSON')");
    assertThat(statements.get(1).text())
        .isEqualTo("CREATE STREAM ${src} WITH (kafka_topic='${topic}', value_format='${fmt}');");
    // Undefined inside a string stays as written: such text may legitimately contain ${...}.
    assertThat(sql(statements.get(3).node())).isEqualTo("SELECT '${topic}' FROM S");
    assertThatThrownBy(() -> EddySqlParser.parseStatements("DEFINE a = 'x';\nUNDEFINE a;\nSELECT ${a} FROM s;"))
        .isInstanceOf(EddySqlParseException.class)
        .hasMessageStartingWith("line 3:8: Undefined variable 'a'.");
  }
}
