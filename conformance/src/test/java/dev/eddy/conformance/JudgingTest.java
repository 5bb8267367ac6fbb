package dev.eddy.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The runner's judging on hand-written cases, without an engine. */
class JudgingTest {

  private static JsonNode json(String text) throws Exception {
    return CaseLoader.JSON.readTree(text);
  }

  @Test
  void decimalsCompareWithTheirScaleAndIntegersTruncate() throws Exception {
    assertThat(OutputComparator.matches(json("1.10"), "1.10")).isTrue();
    assertThat(OutputComparator.matches(json("1.10"), "1.1")).isFalse();
    assertThat(OutputComparator.matches(json("1.0"), "1")).isTrue(); // an int actual: truncated
    assertThat(OutputComparator.matches(json("1"), "1.0")).isFalse(); // a decimal with a fraction
    assertThat(OutputComparator.matches(json("{\"a\":\"1.5\"}"), "{\"A\":1.5}")).isTrue();
  }

  @Test
  void objectsNeedTheSameFieldCountAndNullMeansTombstone() throws Exception {
    assertThat(OutputComparator.matches(json("{\"A\":1}"), "{\"A\":1,\"B\":2}")).isFalse();
    assertThat(OutputComparator.matches(json("{\"a\":[1,2]}"), "{\"A\":[1,2]}")).isTrue();
    assertThat(OutputComparator.matches(json("null"), (byte[]) null)).isTrue();
    assertThat(OutputComparator.matches(json("\"1,foo\""), "1,foo")).isTrue();
    assertThat(OutputComparator.matches(json("2"), new byte[] {0, 0, 0, 0, 0, 0, 0, 2})).isTrue(); // KAFKA BIGINT
    assertThat(OutputComparator.matches(json("2"), new byte[] {0, 0, 0, 2})).isTrue(); // KAFKA INT
  }

  @Test
  void orderIsRequiredWithinEachPartitionOnly() throws Exception {
    List<JsonNode> expected = List.of(json("{\"topic\":\"T\",\"key\":1,\"value\":1}"),
        json("{\"topic\":\"T\",\"key\":2,\"value\":2,\"timestamp\":5}"));
    List<ActualRecord> spread = List.of(ActualRecord.ofText(1, 0, 5L, "2", "2"), ActualRecord.ofText(0, 0, 0L, "1", "1"));
    assertThat(OutputComparator.compare("T", expected, spread, false)).isNull();
    List<ActualRecord> swapped = List.of(ActualRecord.ofText(0, 0, 5L, "2", "2"), ActualRecord.ofText(0, 1, 0L, "1", "1"));
    assertThat(OutputComparator.compare("T", expected, swapped, false)).contains("record 0");
    List<ActualRecord> wrongTime = List.of(ActualRecord.ofText(0, 0, 0L, "1", "1"), ActualRecord.ofText(0, 1, 6L, "2", "2"));
    assertThat(OutputComparator.compare("T", expected, wrongTime, false)).contains("timestamp");
  }

  @Test
  void errorCategoriesFollowKsqlsClassHierarchy() {
    ErrorCategory statement = ErrorCategory.expected("io.confluent.ksql.util.KsqlStatementException");
    assertThat(statement.accepts(ErrorCategory.SYNTAX)).isTrue();
    assertThat(statement.accepts(ErrorCategory.PROCESSING)).isFalse();
    assertThat(ErrorCategory.expected("io.confluent.ksql.parser.exception.ParseFailedException")
        .accepts(ErrorCategory.STATEMENT)).isFalse();
    assertThat(ErrorCategory.expected("org.apache.kafka.streams.errors.StreamsException")
        .accepts(ErrorCategory.STATEMENT)).isTrue();
  }

  @Test
  void casesExpandOverFormatsAndConfigs() throws Exception {
    List<QttRun> runs = CaseLoader.expand("f", json("{\"tests\":[{\"name\":\"n\",\"format\":[\"JSON\",\"AVRO\"],"
        + "\"config\":[\"true\",\"false\"],\"properties\":{\"p\":\"{CONFIG}\"},"
        + "\"statements\":[\"CREATE STREAM S (A INT) WITH (kafka_topic='t', value_format='{FORMAT}');\"],"
        + "\"outputs\":[],\"unknownKey\":1}]}"));
    assertThat(runs).extracting(QttRun::displayName).containsExactly("f - n - JSON - p=true", "f - n - JSON - p=false",
        "f - n - AVRO - p=true", "f - n - AVRO - p=false");
    assertThat(runs.get(0).statements().get(0)).contains("value_format='JSON'");
    FormatFilter filter = new FormatFilter(java.util.Set.of("JSON"));
    assertThat(filter.skipReason(runs.get(0))).isNull();
    assertThat(filter.skipReason(runs.get(2))).isEqualTo("needs a schema registry");
  }

  @Test
  void declarationsGiveTopicFormatsAndKeyTypes() {
    SourceDeclaration source = SourceDeclaration.parse(
        "CREATE TABLE T (ID BIGINT PRIMARY KEY, V DECIMAL(4,2), M MAP<STRING, INT>) "
            + "WITH (kafka_topic='in', value_format='DELIMITED', partitions=2);", Map.of()).orElseThrow();
    assertThat(source).isEqualTo(new SourceDeclaration("in", 2, "KAFKA", "DELIMITED",
        List.of(new ColumnSpec("ID", "BIGINT")),
        List.of(new ColumnSpec("V", "DECIMAL(4,2)"), new ColumnSpec("M", "MAP<STRING, INT>")),
        Map.of("KAFKA_TOPIC", "in", "VALUE_FORMAT", "DELIMITED", "PARTITIONS", "2")));
    assertThat(source.valueTypes()).containsExactly("DECIMAL(4,2)", "MAP<STRING, INT>");
    assertThat(SourceDeclaration.parse("CREATE STREAM O AS SELECT * FROM T;", Map.of())).isEmpty();
  }

  @Test
  void typesReadAsKsqlDbWritesThem() {
    Map<String, String> custom = TypeParser.customTypes(List.of("CREATE TYPE ADDR AS STRUCT<city STRING>;"));
    assertThat(TypeParser.parse("MAP<STRING, ARRAY<STRUCT<a INT, `b c` DECIMAL(4, 2), d ADDR>>>", custom).getFullTypeString())
        .isEqualTo("(VARCHAR, RecordType(INTEGER A, DECIMAL(4, 2) b c, RecordType(VARCHAR CITY) D) ARRAY) MAP");
    assertThat(TypeParser.parse("TIMESTAMP", Map.of()).getFullTypeString()).isEqualTo("TIMESTAMP(3)");
    assertThatThrownBy(() -> TypeParser.parse("STRUCT<a>", Map.of())).hasMessageContaining("Expected a name");
  }

  @Test
  void propertiesOfASinkComeFromTheStatementThatCreatesIt() {
    List<String> statements = List.of("CREATE STREAM S (A INT) WITH (kafka_topic='s', value_format='JSON');",
        "CREATE STREAM OUT WITH (value_format='PROTOBUF_NOSR', WRAP_SINGLE_VALUE=false) AS SELECT A FROM S WHERE A = 'x';");
    assertThat(SourceDeclaration.propertiesOf("OUT", statements))
        .isEqualTo(Map.of("VALUE_FORMAT", "PROTOBUF_NOSR", "WRAP_SINGLE_VALUE", "false"));
    assertThat(SourceDeclaration.propertiesOf("S", statements)).containsEntry("KAFKA_TOPIC", "s");
    assertThat(SourceDeclaration.propertiesOf("NONE", statements)).isEmpty();
  }
}
