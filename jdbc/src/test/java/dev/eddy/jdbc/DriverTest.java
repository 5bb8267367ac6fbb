package dev.eddy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** URLs, connection properties, registration, and engines shared per data directory. */
class DriverTest {

  @TempDir Path dataDir;

  @Test
  void parsesTheThreeShapesOfUrl() throws SQLException {
    assertThat(EddyUrl.parse("jdbc:eddy:/data/eddy").target()).isEqualTo(new EddyUrl.Directory(Path.of("/data/eddy")));
    assertThat(EddyUrl.parse("jdbc:eddy:relative/dir").target()).isEqualTo(new EddyUrl.Directory(Path.of("relative/dir")));
    assertThat(EddyUrl.parse("jdbc:eddy:mem:").target()).isEqualTo(new EddyUrl.Memory(""));
    assertThat(EddyUrl.parse("jdbc:eddy:mem:scratch").target()).isEqualTo(new EddyUrl.Memory("scratch"));
    assertThat(EddyUrl.parse("jdbc:eddy://localhost:8088").target()).isEqualTo(new EddyUrl.Server("localhost", 8088));
    EddyUrl withQuery = EddyUrl.parse("jdbc:eddy:/d?auto.offset.reset=earliest&user=a%20b");
    assertThat(withQuery.target()).isEqualTo(new EddyUrl.Directory(Path.of("/d")));
    assertThat(withQuery.properties()).isEqualTo(Map.of("auto.offset.reset", "earliest", "user", "a b"));
  }

  @Test
  void refusesMalformedUrls() {
    assertThatThrownBy(() -> EddyUrl.parse("jdbc:eddy:")).isInstanceOf(SQLException.class)
        .hasMessage("Invalid Eddy URL jdbc:eddy:: it names no data directory; use jdbc:eddy:<data-dir>, "
            + "jdbc:eddy:mem: or jdbc:eddy://host:port");
    assertThatThrownBy(() -> EddyUrl.parse("jdbc:eddy://localhost")).isInstanceOf(SQLException.class)
        .hasMessage("Invalid Eddy URL jdbc:eddy://localhost: a server URL needs a host and a port: jdbc:eddy://host:port");
    assertThatThrownBy(() -> EddyUrl.parse("jdbc:eddy:/d?user")).isInstanceOf(SQLException.class)
        .hasMessage("Invalid Eddy URL jdbc:eddy:/d?user: 'user' in the query string is not name=value");
  }

  @Test
  void aServerThatIsNotThereIsAConnectionFailure() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort(); // Free once closed: nothing listens there.
    }
    assertThatThrownBy(() -> DriverManager.getConnection("jdbc:eddy://127.0.0.1:" + port))
        .isInstanceOf(SQLException.class)
        .hasMessageStartingWith("Cannot reach the Eddy server at http://127.0.0.1:" + port + ": ")
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08001"));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aServerConnectionKeepsItsSessionPropertiesAcrossStatements() throws Exception {
    try (TestDatabase database = TestDatabase.inMemory(TestDatabase.Where.SERVER, "");
        Connection connection = database.connect("auto.offset.reset=latest");
        Statement statement = connection.createStatement()) {
      assertThat(connection.isValid(5)).isTrue();
      EddyConnection eddy = connection.unwrap(EddyConnection.class);
      assertThat(eddy.sessionProperties()).containsEntry("auto.offset.reset", "latest");
      statement.execute("CREATE STREAM s (id INT KEY) WITH (KAFKA_TOPIC='s', PARTITIONS=1, VALUE_FORMAT='JSON');"
          + "INSERT INTO s (id) VALUES (7);");
      // The server forgets a session with each request; the driver sends SET's outcome again.
      statement.execute("SET 'auto.offset.reset' = 'earliest';");
      assertThat(eddy.sessionProperties()).containsEntry("auto.offset.reset", "earliest");
      try (ResultSet rows = statement.executeQuery("SELECT id FROM s EMIT CHANGES LIMIT 1;")) {
        assertThat(rows.next()).as("the row inserted before the query began").isTrue();
        assertThat(rows.getInt(1)).isEqualTo(7);
      }
      statement.execute("UNSET 'auto.offset.reset';");
      assertThat(eddy.sessionProperties()).doesNotContainKey("auto.offset.reset");
    }
  }

  @Test
  void validatesConnectionProperties() {
    assertThatThrownBy(() -> DriverManager.getConnection("jdbc:eddy:" + dataDir + "?auto.offset.reset=middle"))
        .isInstanceOf(SQLException.class)
        .hasMessage("Connection property 'auto.offset.reset' must be one of earliest, latest, not 'middle'.");
    assertThatThrownBy(() -> DriverManager.getConnection("jdbc:eddy:" + dataDir + "?auto.ofset.reset=earliest"))
        .isInstanceOf(SQLException.class)
        .hasMessage("Unknown connection property 'auto.ofset.reset'; known properties: auto.offset.reset, password, user.");
    Properties info = new Properties();
    info.setProperty("auto.offset.reset", "latest");
    assertThatThrownBy(() -> DriverManager.getConnection("jdbc:eddy:" + dataDir + "?auto.offset.reset=earliest", info))
        .isInstanceOf(SQLException.class)
        .hasMessage("Connection property 'auto.offset.reset' is 'earliest' in the URL but 'latest' in the connection properties.");
  }

  @Test
  void propertiesFromUrlAndInfoBecomeSessionProperties() throws SQLException {
    Properties info = new Properties();
    info.setProperty("user", "ann");
    try (Connection connection = DriverManager.getConnection("jdbc:eddy:" + dataDir + "?auto.offset.reset=EARLIEST", info)) {
      assertThat(connection.unwrap(EddyConnection.class).sessionProperties()).containsEntry("auto.offset.reset", "earliest");
      assertThat(connection.getMetaData().getUserName()).isEqualTo("ann");
    }
  }

  @Test
  void driverIsFoundThroughTheServiceFileAndDescribesItsProperties() throws SQLException {
    Driver driver = DriverManager.getDriver("jdbc:eddy:mem:");
    assertThat(driver).isInstanceOf(EddyDriver.class);
    assertThat(driver.acceptsURL("jdbc:postgresql://x/y")).isFalse();
    assertThat(driver.connect("jdbc:postgresql://x/y", new Properties())).isNull();
    assertThat(driver.getMajorVersion()).isEqualTo(0);
    assertThat(driver.getMinorVersion()).isEqualTo(1);
    DriverPropertyInfo[] properties = driver.getPropertyInfo("jdbc:eddy:mem:?auto.offset.reset=earliest", new Properties());
    assertThat(properties).extracting(p -> p.name).containsExactly("auto.offset.reset", "password", "user");
    assertThat(properties[0].value).isEqualTo("earliest");
    assertThat(properties[0].choices).containsExactly("earliest", "latest");
  }

  @Test
  void connectionsToOneDirectoryShareOneEngineHoweverThePathIsSpelt() throws Exception {
    Path link = Files.createSymbolicLink(dataDir.resolveSibling(dataDir.getFileName() + "-link"), dataDir);
    int before = SharedEngines.INSTANCE.openEngines();
    try (Connection first = DriverManager.getConnection("jdbc:eddy:" + dataDir);
        Connection second = DriverManager.getConnection("jdbc:eddy:" + link + "/./")) {
      assertThat(SharedEngines.INSTANCE.openEngines()).isEqualTo(before + 1);
      first.createStatement().execute(
          "CREATE STREAM s (id INT KEY) WITH (KAFKA_TOPIC='s', PARTITIONS=1, VALUE_FORMAT='JSON');");
      assertThat(streams(second)).containsExactly("EDDY_PROCESSING_LOG", "S");
    } finally {
      Files.delete(link);
    }
    assertThat(SharedEngines.INSTANCE.openEngines()).as("closed with its last connection").isEqualTo(before);
    try (Connection reopened = DriverManager.getConnection("jdbc:eddy:" + dataDir)) {
      assertThat(streams(reopened)).as("the catalog survives a reopen").containsExactly("EDDY_PROCESSING_LOG", "S");
    }
  }

  @Test
  void anInMemoryEngineLivesAsLongAsItsConnections() throws SQLException {
    try (Connection first = DriverManager.getConnection("jdbc:eddy:mem:driver-test")) {
      first.createStatement().execute("CREATE STREAM s (id INT KEY) WITH (KAFKA_TOPIC='s', PARTITIONS=1, VALUE_FORMAT='JSON');");
      try (Connection second = DriverManager.getConnection("jdbc:eddy:mem:driver-test");
          Connection other = DriverManager.getConnection("jdbc:eddy:mem:other")) {
        assertThat(streams(second)).containsExactly("EDDY_PROCESSING_LOG", "S");
        assertThat(streams(other)).containsExactly("EDDY_PROCESSING_LOG");
      }
    }
    try (Connection again = DriverManager.getConnection("jdbc:eddy:mem:driver-test")) {
      assertThat(streams(again)).as("gone with its last connection").containsExactly("EDDY_PROCESSING_LOG");
    }
  }

  @Test
  void closingAConnectionClosesItsStatementsAndRefusesFurtherUse() throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:eddy:mem:");
    Statement statement = connection.createStatement();
    connection.close();
    assertThat(statement.isClosed()).isTrue();
    assertThat(connection.isValid(1)).isFalse();
    assertThatThrownBy(connection::createStatement).isInstanceOf(SQLException.class)
        .hasMessage("The connection is closed.")
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08003"));
  }

  @Test
  void autoCommitIsAlwaysOnAndThereAreNoTransactions() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:eddy:mem:")) {
      assertThat(connection.getAutoCommit()).isTrue();
      assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_NONE);
      connection.setAutoCommit(true);
      assertThatThrownBy(() -> connection.setAutoCommit(false)).isInstanceOf(SQLFeatureNotSupportedException.class);
      assertThatThrownBy(connection::commit).isInstanceOf(SQLException.class)
          .hasMessage("Cannot commit: Eddy has no transactions and auto-commit is always on.");
      assertThatThrownBy(connection::rollback).isInstanceOf(SQLException.class)
          .hasMessage("Cannot rollback: Eddy has no transactions and auto-commit is always on.");
      assertThatThrownBy(connection::setSavepoint).isInstanceOf(SQLFeatureNotSupportedException.class);
      assertThatThrownBy(() -> connection.prepareCall("x")).isInstanceOf(SQLFeatureNotSupportedException.class);
    }
  }

  private static List<String> streams(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rows = connection.createStatement().executeQuery("SHOW STREAMS;")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }
}
