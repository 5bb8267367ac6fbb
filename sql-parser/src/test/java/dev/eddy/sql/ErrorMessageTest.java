package dev.eddy.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exact error messages, in the shape of Trino's TestSqlParserErrorHandling: each failing text
 * with the one line it must produce (line:column in the whole text, then the reason).
 */
class ErrorMessageTest {

  static final String[][] CASES = {
        {"SELEC * FROM s;",
            "line 1:1: mismatched input 'SELEC'. Expecting: ALTER, ASSERT, CREATE, DEFINE, DESCRIBE, DROP, ... Did you mean SELECT?"},
        {"SELECT * FORM s;",
            "line 1:10: mismatched input 'FORM'. Expecting: FROM, ','. Did you mean FROM?"},
        {"SELECT a, FROM s;",
            "line 1:11: mismatched input 'FROM'. Expecting: an expression, an identifier, '*'"},
        {"SELECT * FROM s WHERE a = ;",
            "line 1:27: mismatched input ';'. Expecting: an expression"},
        {"SELECT * FROM s WHERE;",
            "line 1:22: mismatched input ';'. Expecting: an expression"},
        {"SELECT * FROM;",
            "line 1:14: mismatched input ';'. Expecting: an identifier, TABLE"},
        {"SELECT FROM s;",
            "line 1:8: mismatched input 'FROM'. Expecting: an expression, an identifier, '*'"},
        {"SELECT a b c FROM s;",
            "line 1:12: mismatched input 'c'. Expecting: FROM, ','"},
        {"SELECT * FROM s WINDOW TUMBLING (SIZE 1 MINUTE GRACE PERIOD 1 SECOND);",
            "line 1:48: mismatched input 'GRACE'. Expecting: ')', ','"},
        {"SELECT * FROM s WINDOW TUMBLING (SIZE MINUTE);",
            "line 1:39: mismatched input 'MINUTE'. Expecting: a duration (such as 10 SECONDS)"},
        {"SELECT * FROM s WINDOW TUMBLING (SIZE 1 WEEKS);",
            "line 1:41: mismatched input 'WEEKS'. Expecting: a time unit"},
        {"SELECT * FROM s WINDOW SLIDING (SIZE 1 MINUTE);",
            "line 1:32: mismatched input '('. Expecting: HOPPING, SESSION, TUMBLING"},
        {"SELECT * FROM s EMIT CHANGE;",
            "line 1:22: mismatched input 'CHANGE'. Expecting: CHANGES, EMIT, FINAL, FULL, GROUP, HAVING, ... Did you mean CHANGES?"},
        {"SELECT * FROM s LIMIT x;",
            "line 1:23: mismatched input 'x'. Expecting: an integer"},
        {"SELECT * FROM a JOIN b WITHIN 1 HOUR;",
            "line 1:37: mismatched input ';'. Expecting: GRACE, ON"},
        {"CREATE STREAM s (id INT KEY, name) WITH (kafka_topic='t');",
            "line 1:34: mismatched input ')'. Expecting: a type"},
        {"CREATE STREAM s (id INT KEY, v MAP<STRING>) WITH (kafka_topic='t');",
            "line 1:42: mismatched input '>'. Expecting: '(', ','"},
        {"CREATE STREAM s (id INT KEY WITH (kafka_topic='t');",
            "line 1:29: mismatched input 'WITH'. Expecting: ')', ','"},
        {"CREATE STREEM s (id INT) WITH (kafka_topic='t');",
            "line 1:8: mismatched input 'STREEM'. Expecting: OR, SOURCE, STREAM, TABLE, TYPE. Did you mean STREAM?"},
        {"CREATE TABLE t (id INT KEY) WITH (kafka_topic='t');",
            "line 1:17: Column `ID` is a 'KEY' column: please use 'PRIMARY KEY' for tables."},
        {"CREATE STREAM s (id INT PRIMARY KEY) WITH (kafka_topic='t');",
            "line 1:18: Column `ID` is a 'PRIMARY KEY' column: please use 'KEY' for streams."},
        {"CREATE STREAM s (id DOUBLE(3)) WITH (kafka_topic='t');",
            "line 1:28: type DOUBLE takes no parameters"},
        {"CREATE STREAM s WITH (kafka_topic=);",
            "line 1:35: mismatched input ')'. Expecting: a literal, '-'"},
        {"INSERT INTO s VALUES 1, 2;",
            "line 1:22: mismatched input '1'. Expecting: '('"},
        {"DROP STREAM;",
            "line 1:12: mismatched input ';'. Expecting: an identifier, IF"},
        {"SHOW STREAMZ;",
            "line 1:6: mismatched input 'STREAMZ'. Expecting: ALL, FUNCTIONS, PROPERTIES, QUERIES, STREAMS, TABLES, ... Did you mean STREAMS?"},
        {"DESCRIBE;",
            "line 1:9: mismatched input ';'. Expecting: an identifier, FUNCTION, STREAMS, TABLES"},
        {"SELECT 'abc FROM s;",
            "line 1:8: unterminated string: a ' is missing"},
        {"SELECT `abc FROM s;",
            "line 1:8: unterminated quoted name: a closing ` is missing"},
        {"SELECT a FROM s /* never closed",
            "line 1:17: unterminated comment: */ is missing"},
        {"SELECT a # b FROM s;",
            "line 1:10: unexpected character '#'"},
        {"SELECT CAST(a AS) FROM s;",
            "line 1:17: mismatched input ')'. Expecting: a type"},
        {"SELECT CAST(a AS INT FROM s;",
            "line 1:22: mismatched input 'FROM'. Expecting: '(', ')'"},
        {"SELECT CASE WHEN a THEN b FROM s;",
            "line 1:27: mismatched input 'FROM'. Expecting: AND, BETWEEN, ELSE, END, IN, IS, ..."},
        {"SELECT 9223372036854775808 FROM s;",
            "line 1:8: Invalid numeric literal: 9223372036854775808"},
        {"SELECT -9223372036854775809 FROM s;",
            "line 1:8: Invalid numeric literal: -9223372036854775809"},
        {"SELECT 1.8E308 FROM s;",
            "line 1:8: Number overflows DOUBLE: 1.8E308"},
        {"SELECT DATE 'yesterday' FROM s;",
            "line 1:13: invalid DATE literal 'yesterday'"},
        {"SELECT COLOR 'red' FROM s;",
            "line 1:14: mismatched input ''red''. Expecting: an identifier, AND, AS, BETWEEN, FROM, IN, ..."},
        {"SELECT INTERVAL 'x' MINUTE FROM s;",
            "line 1:17: invalid INTERVAL value 'x': expected a number"},
        {"SELECT * FROM s WHERE a IN ();",
            "line 1:29: mismatched input ')'. Expecting: an expression"},
        {"SELECT * FROM s GROUP BY a AND b;",
            "line 1:28: mismatched input 'AND'. Expecting: EMIT, HAVING, LIMIT, PARTITION, '%', '(', ..."},
        {"SELECT ${missing} FROM s;",
            "line 1:8: Undefined variable 'missing'. Define it with DEFINE missing = '<value>';"},
        {"SELECT a FROM s;\nSELECT b FROM t;\nSELECT c FROM WHERE x;",
            "line 3:15: mismatched input 'WHERE'. Expecting: an identifier, TABLE"},
        {"SELECT a\n  FROM s\n WHERE a >",
            "line 3:11: unexpected end of input. Expecting: an expression"},
        {"EXPLAIN;",
            "line 1:8: mismatched input ';'. Expecting: an identifier, ALTER, ANALYZE, ASSERT, CREATE, DEFINE, ..."},
        {"PRINT;",
            "line 1:6: mismatched input ';'. Expecting: a string, an identifier"},
        {"TERMINATE;",
            "line 1:10: mismatched input ';'. Expecting: an identifier, ALL"},
        {"SET 'a';",
            "line 1:8: mismatched input ';'. Expecting: '='"},
        {"DEFINE x;",
            "line 1:9: mismatched input ';'. Expecting: '='"},
        {"SHOW ALL STREAMS;",
            "line 1:6: ALL applies to TOPICS only: SHOW ALL TOPICS lists internal topics too"},
        {"SHOW FUNCTIONS EXTENDED;",
            "line 1:16: EXTENDED applies to TOPICS, STREAMS, TABLES and QUERIES only"},
        {"SELECT a FROM s GROUP BY a, (b, c);",
            "line 1:29: grouping sets are not supported: write the terms without the inner parentheses"}
  };

  static Stream<Arguments> cases() {
    return Arrays.stream(CASES).map(c -> Arguments.of(c[0], c[1]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsOnePositionedErrorInWords(String sql, String expected) {
    EddySqlParseException error = catchThrowableOfType(EddySqlParseException.class,
        () -> EddySqlParser.parseStatements(sql, Map.of()));
    assertThat(error).as("error for %s", sql).isNotNull();
    assertThat(error.errorLine()).isEqualTo(expected);
  }

  @Test
  void messageShowsTheLineWithACaretUnderTheOffendingToken() {
    assertThatThrownBy(() -> EddySqlParser.parseStatements("SHOW STREAMS;\nSELECT * FORM s;"))
        .isInstanceOf(EddySqlParseException.class)
        .hasMessage("line 2:10: mismatched input 'FORM'. Expecting: FROM, ','. Did you mean FROM?\n"
            + "SELECT * FORM s;\n"
            + "         ^");
  }

  @Test
  void caretKeepsTabsSoItLinesUp() {
    assertThatThrownBy(() -> EddySqlParser.parseStatement("\tSELECT\t* FORM s"))
        .hasMessageEndingWith("\tSELECT\t* FORM s\n\t      \t  ^");
  }

  @Test
  void positionIsExposedAsLineAndColumnOfTheWholeText() {
    EddySqlParseException error = catchThrowableOfType(EddySqlParseException.class,
        () -> EddySqlParser.parseStatements("SHOW TABLES;\n\n  DROP STREAM;"));
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.column()).isEqualTo(14);
    assertThat(error.reason()).isEqualTo("mismatched input ';'. Expecting: an identifier, IF");
    assertThat(error.sourceLine()).isEqualTo("  DROP STREAM;");
  }

  @Test
  void errorInsideASubstitutedVariablePointsAtTheVariable() {
    EddySqlParseException error = catchThrowableOfType(EddySqlParseException.class,
        () -> EddySqlParser.parseStatements("SELECT * FROM ${src} WHERE;", Map.of("src", "s")));
    assertThat(error.errorLine()).isEqualTo("line 1:27: mismatched input ';'. Expecting: an expression");

    error = catchThrowableOfType(EddySqlParseException.class,
        () -> EddySqlParser.parseStatements("SELECT * FROM s WHERE ${cond};", Map.of("cond", "a =")));
    assertThat(error.errorLine()).isEqualTo("line 1:30: mismatched input ';'. Expecting: an expression");
  }

  @Test
  void parseStatementRefusesNoneOrSeveral() {
    assertThatThrownBy(() -> EddySqlParser.parseStatement("-- nothing here\n"))
        .hasMessageStartingWith("line 2:1: empty statement: no SQL found");
    assertThatThrownBy(() -> EddySqlParser.parseStatement("SHOW STREAMS; SHOW TABLES;"))
        .hasMessageStartingWith("line 1:15: expected one statement but found 2");
  }

  @Test
  void tooDeeplyNestedIsAnErrorWithAPosition() {
    String deep = "SELECT " + "(".repeat(20_000) + "1" + ")".repeat(20_000) + " FROM s;";
    EddySqlParseException error = catchThrowableOfType(EddySqlParseException.class,
        () -> EddySqlParser.parseStatements("SHOW STREAMS;\n" + deep));
    assertThat(error.errorLine()).isEqualTo("line 2:1: statement is too large or too deeply nested to parse");
  }
}
