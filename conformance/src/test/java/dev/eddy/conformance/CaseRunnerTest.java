package dev.eddy.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two hand-written runs through a real engine: one that must pass, one judged by category. */
class CaseRunnerTest {

  // The limit only guards against a hang: a cold JVM on a busy machine can take long to load the engine.
  private final CaseRunner runner = new CaseRunner(new FormatFilter(null), 120_000);

  @Test
  void feedsInputsAndComparesTheOutputTopic() throws Exception {
    QttRun run = CaseLoader.expand("hand", CaseLoader.JSON.readTree("""
        {"tests": [{"name": "filter",
          "statements": ["CREATE STREAM S (ID BIGINT KEY, N INT) WITH (kafka_topic='in', value_format='JSON');",
                         "CREATE STREAM O AS SELECT ID, N * 2 AS D FROM S WHERE N > 1;"],
          "inputs": [{"topic": "in", "key": 1, "value": {"N": 1}, "timestamp": 10},
                     {"topic": "in", "key": 2, "value": {"N": 2}, "timestamp": 20}],
          "outputs": [{"topic": "O", "key": 2, "value": {"D": 4}, "timestamp": 20}]}]}
        """)).get(0);
    Outcome outcome = runner.run(run);
    assertThat(outcome.status()).as(String.valueOf(outcome.detail())).isEqualTo(Outcome.Status.PASSED);
  }

  @Test
  void encodesAndDecodesProtobufNoSrRecordsWithTheDeclaredSchema() throws Exception {
    QttRun run = CaseLoader.expand("hand", CaseLoader.JSON.readTree("""
        {"tests": [{"name": "protobuf",
          "statements": ["CREATE TYPE ITEM AS STRUCT<sku STRING, `Cost` DECIMAL(4, 2)>;",
                         "CREATE STREAM S (ID BIGINT KEY, N INT, ITEMS ARRAY<ITEM>) WITH (kafka_topic='in', format='PROTOBUF_NOSR', value_protobuf_nullable_representation='OPTIONAL');",
                         "CREATE STREAM O WITH (value_protobuf_nullable_representation='WRAPPER') AS SELECT ID, N, ITEMS[1] AS FIRST FROM S;"],
          "inputs": [{"topic": "in", "key": 1, "value": {"n": 0, "items": [{"SKU": "a", "Cost": 1.5}]}},
                     {"topic": "in", "key": 2, "value": {"n": null, "items": []}}],
          "outputs": [{"topic": "O", "key": 1, "value": {"N": 0, "FIRST": {"SKU": "a", "Cost": 1.50}}},
                      {"topic": "O", "key": 2, "value": {"N": null, "FIRST": null}}]}]}
        """)).get(0);
    Outcome outcome = runner.run(run);
    assertThat(outcome.status()).as(String.valueOf(outcome.detail())).isEqualTo(Outcome.Status.PASSED);
  }

  @Test
  void judgesAnExpectedErrorByCategoryNotWording() throws Exception {
    List<QttRun> runs = CaseLoader.expand("hand", CaseLoader.JSON.readTree("""
        {"tests": [{"name": "refused",
          "statements": ["CREATE STREAM S (N INT) WITH (kafka_topic='in', value_format='JSON');",
                         "CREATE STREAM O AS SELECT NOPE FROM S;"],
          "expectedException": {"type": "io.confluent.ksql.util.KsqlStatementException",
                                "message": "wording Eddy does not copy"}},
         {"name": "wrong category",
          "statements": ["CREATE STREAM S (N INT) WITH (kafka_topic='in', value_format='JSON');",
                         "CREATE STREAM O AS SELECT NOPE FROM S;"],
          "expectedException": {"type": "io.confluent.ksql.parser.exception.ParseFailedException"}}]}
        """));
    assertThat(runner.run(runs.get(0)).status()).isEqualTo(Outcome.Status.PASSED);
    assertThat(runner.run(runs.get(1)).detail()).startsWith("expected SYNTAX error but got STATEMENT");
  }
}
