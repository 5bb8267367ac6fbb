package dev.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.shell.StatementSplitter.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

  @Test
  void splitsAtTopLevelSemicolonsAndNumbersTheirLines() {
    String script = "CREATE STREAM s (id INT)\n  WITH (kafka_topic='s');\n\nSELECT * FROM s EMIT CHANGES;\n";
    assertThat(StatementSplitter.statementsOf(script)).containsExactly(
        new Statement("CREATE STREAM s (id INT)\n  WITH (kafka_topic='s');", 1),
        new Statement("SELECT * FROM s EMIT CHANGES;", 4));
  }

  @Test
  void semicolonsInsideStringsQuotedNamesAndCommentsDoNotEndAStatement() {
    String script = "SELECT 'a;b', 'it''s;', \"x;y\", `p;q` -- no; end\n/* not; here */ FROM t; SHOW STREAMS;";
    assertThat(StatementSplitter.statementsOf(script)).extracting(Statement::text).containsExactly(
        "SELECT 'a;b', 'it''s;', \"x;y\", `p;q` -- no; end\n/* not; here */ FROM t;",
        "SHOW STREAMS;");
  }

  @Test
  void anEmptyStringLiteralClosesItself() {
    assertThat(StatementSplitter.split("SELECT '' FROM t;").complete()).isTrue();
    assertThat(StatementSplitter.split("SELECT '''' FROM t;").complete()).isTrue();
  }

  @Test
  void backslashDoesNotEscapeAQuote() {
    assertThat(StatementSplitter.split("INSERT INTO t VALUES ('C:\\');").complete()).isTrue();
  }

  @Test
  void aStatementIsIncompleteUntilItsSemicolonOutsideAnyQuote() {
    assertThat(StatementSplitter.split("SELECT * FROM t").complete()).isFalse();
    assertThat(StatementSplitter.split("SELECT 'x;").complete()).isFalse();
    assertThat(StatementSplitter.split("SELECT `x;").complete()).isFalse();
    assertThat(StatementSplitter.split("SELECT 1; /* still;").complete()).isFalse();
    assertThat(StatementSplitter.split("SELECT 1; -- done; really").complete()).isTrue();
    assertThat(StatementSplitter.split("SELECT 1;  \n").complete()).isTrue();
  }

  @Test
  void anUnterminatedLastStatementStillRunsFromAScript() {
    assertThat(StatementSplitter.statementsOf("SHOW STREAMS; SHOW TABLES")).containsExactly(
        new Statement("SHOW STREAMS;", 1), new Statement("SHOW TABLES", 1));
  }

  @Test
  void blankAndCommentOnlyPiecesAreNotStatements() {
    assertThat(StatementSplitter.statementsOf(";; -- nothing\n/* at all */ ;\n")).isEmpty();
    assertThat(StatementSplitter.statementsOf("-- a comment\nSHOW STREAMS;")).containsExactly(
        new Statement("-- a comment\nSHOW STREAMS;", 1));
  }

  @Test
  void statementsOnOneLineKeepThatLine() {
    List<Statement> statements = StatementSplitter.statementsOf("\n\nSHOW STREAMS; SHOW TABLES;\nSHOW TOPICS;");
    assertThat(statements).extracting(Statement::line).containsExactly(3, 3, 4);
  }
}
