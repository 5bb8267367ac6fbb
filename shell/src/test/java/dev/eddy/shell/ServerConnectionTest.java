package dev.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.engine.Engine;
import dev.eddy.engine.EngineConfig;
import dev.eddy.server.EddyServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code bin/eddy --server URL}: the shell over the real driver and a real server on 127.0.0.1. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ServerConnectionTest {

  private Engine engine;
  private EddyServer server;
  private String address;

  @BeforeEach
  void startServer() throws InterruptedException {
    engine = Engine.open(EngineConfig.inMemory());
    server = EddyServer.start(engine, "127.0.0.1", 0, EddyServer.DEFAULT_MAX_REQUEST_BYTES);
    address = "http://127.0.0.1:" + server.port();
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.close();
    }
    engine.close();
  }

  @Test
  void runsStatementsFromDashEOnTheServer() {
    EmbeddedEngineTest.runsTheScriptAsCsv("--server", address);
  }

  @Test
  void showStreamsPrintsTheServersStreamsAndTheBannerNamesTheServer() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = EddyShell.run(new String[] {"--server", address, "-e", "SHOW STREAMS;"},
        InputStream.nullInputStream(), out, err);

    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("EDDY_PROCESSING_LOG");
    assertThat(InteractiveShell.banner(ConnectionTarget.server(address)))
        .contains("Connected to the server at " + address + ".");
  }

  @Test
  void aServerThatIsNotThereFailsWithTheAddress() {
    server.close();
    server = null;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = EddyShell.run(new String[] {"--server", address, "-e", "SHOW STREAMS;"},
        InputStream.nullInputStream(), new ByteArrayOutputStream(), err);

    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("eddy: cannot connect to the server at " + address + " (jdbc:eddy://127.0.0.1:")
        .contains("Cannot reach the Eddy server at " + address);
  }
}
