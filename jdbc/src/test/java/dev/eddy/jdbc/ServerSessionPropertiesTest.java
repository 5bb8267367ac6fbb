package dev.eddy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.engine.ColumnInfo;
import dev.eddy.engine.StatementResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a server connection remembers of SET and UNSET, to send with later requests. */
class ServerSessionPropertiesTest {

  private static StatementResult accepted(String statement) {
    return new StatementResult.Message(statement, "ok", null);
  }

  @Test
  void setAndUnsetChangeWhatIsSentNext() {
    ServerSessionProperties properties = new ServerSessionProperties(Map.of("auto.offset.reset", "latest"));
    properties.remember(accepted("SET 'auto.offset.reset' = 'earliest';"));
    properties.remember(accepted("set  'it''s'='a ''quoted'' value'"));
    assertThat(properties.current()).isEqualTo(Map.of("auto.offset.reset", "earliest", "it's", "a 'quoted' value"));
    properties.remember(accepted("UNSET 'auto.offset.reset';"));
    assertThat(properties.current()).isEqualTo(Map.of("it's", "a 'quoted' value"));
  }

  @Test
  void otherResultsChangeNothing() {
    ServerSessionProperties properties = new ServerSessionProperties(Map.of());
    properties.remember(accepted("CREATE STREAM s (id INT KEY) WITH (KAFKA_TOPIC='SET ''a''=''b''');"));
    properties.remember(new StatementResult.Table("SET 'a'='b';", "", List.of(new ColumnInfo("X", "STRING")), List.of()));
    assertThat(properties.current()).isEmpty();
  }
}
