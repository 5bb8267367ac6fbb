package dev.eddy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How SQL text is cut into requests for a server. */
class ServerRequestsTest {

  @Test
  void queriesGoAloneAndRunsOfOtherStatementsTogether() {
    List<ServerRequests.Request> requests = ServerRequests.plan(
        "CREATE STREAM s (id INT KEY) WITH (KAFKA_TOPIC='s;');\nINSERT INTO s (id) VALUES (1);"
            + " SELECT ';' FROM s EMIT CHANGES; -- a query ends; here\n/* PRINT */ print s; SHOW STREAMS");
    assertThat(requests).extracting(ServerRequests.Request::query).containsExactly(false, true, true, false);
    assertThat(requests).extracting(ServerRequests.Request::statement).containsExactly(
        "CREATE STREAM s (id INT KEY) WITH (KAFKA_TOPIC='s;');\nINSERT INTO s (id) VALUES (1);",
        "SELECT ';' FROM s EMIT CHANGES;",
        "-- a query ends; here\n/* PRINT */ print s;",
        "SHOW STREAMS");
  }

  @Test
  void eachRequestKeepsItsPositionInTheWholeText() {
    String sql = "SHOW STREAMS;\n  SHOW TABLES; SELECT x\nFROM s EMIT CHANGES;";
    List<ServerRequests.Request> requests = ServerRequests.plan(sql);
    assertThat(requests.get(0).text()).isEqualTo("SHOW STREAMS;\n  SHOW TABLES;");
    assertThat(requests.get(1).text()).isEqualTo("\n" + " ".repeat(14) + " SELECT x\nFROM s EMIT CHANGES;");
  }

  @Test
  void commentsAndBlanksAloneSendNothing() {
    assertThat(ServerRequests.plan("  -- nothing\n ;; /* here */ ")).isEmpty();
  }
}
