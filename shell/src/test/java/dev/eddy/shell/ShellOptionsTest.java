package dev.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ShellOptionsTest {

  @Test
  void defaultsToTheEmbeddedEngineInEddyDataAndTables() {
    ShellOptions options = ShellOptions.parse();
    assertThat(options.output).isEqualTo(OutputFormat.TABLE);
    assertThat(options.batch()).isFalse();
    assertThat(ConnectionTarget.of(options).url())
        .isEqualTo("jdbc:eddy:" + Path.of("eddy-data").toAbsolutePath().normalize());
  }

  @Test
  void readsEveryOption() {
    ShellOptions options = ShellOptions.parse("--data-dir", "/tmp/d", "-e", "SHOW STREAMS;", "--output", "CSV");
    assertThat(options.dataDir).isEqualTo(Path.of("/tmp/d"));
    assertThat(options.execute).isEqualTo("SHOW STREAMS;");
    assertThat(options.output).isEqualTo(OutputFormat.CSV);
    assertThat(options.batch()).isTrue();
    assertThat(ConnectionTarget.of(options)).isEqualTo(new ConnectionTarget("jdbc:eddy:/tmp/d", "the engine in /tmp/d"));

    ShellOptions file = ShellOptions.parse("--server", "http://localhost:8088/", "-f", "q.sql", "--output", "json");
    assertThat(file.file).isEqualTo(Path.of("q.sql"));
    assertThat(file.output).isEqualTo(OutputFormat.JSON);
    assertThat(ConnectionTarget.of(file))
        .isEqualTo(new ConnectionTarget("jdbc:eddy://localhost:8088", "the server at http://localhost:8088"));
  }

  @Test
  void serverUrlsWithoutSchemeOrAsJdbcUrlsAreAccepted() {
    assertThat(ConnectionTarget.server("h:1").url()).isEqualTo("jdbc:eddy://h:1");
    assertThat(ConnectionTarget.server("jdbc:eddy://h:1").url()).isEqualTo("jdbc:eddy://h:1");
    assertThatThrownBy(() -> ConnectionTarget.server("ftp://h:1"))
        .hasMessage("--server ftp://h:1: only http:// servers are supported");
  }

  @Test
  void refusesContradictionsAndUnknownValues() {
    assertThatThrownBy(() -> ShellOptions.parse("--data-dir", "d", "--server", "http://h:1"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessage("--data-dir and --server cannot be used together");
    assertThatThrownBy(() -> ShellOptions.parse("-e", "SHOW STREAMS;", "-f", "x.sql"))
        .hasMessage("-e and -f cannot be used together");
    assertThatThrownBy(() -> ShellOptions.parse("--output", "xml"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("Invalid value for option '--output'");
    assertThatThrownBy(() -> ShellOptions.parse("--bogus"))
        .hasMessage("Unknown option: '--bogus'");
  }

  @Test
  void versionAndHelpExitWithoutConnecting() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int status = EddyShell.run(new String[] {"--version"}, java.io.InputStream.nullInputStream(), out, err);
    assertThat(status).isZero();
    assertThat(out.toString()).matches("Eddy \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");

    out.reset();
    assertThat(EddyShell.run(new String[] {"--help"}, java.io.InputStream.nullInputStream(), out, err)).isZero();
    assertThat(out.toString()).startsWith("Usage: eddy ").contains("--data-dir=DIR", "--output=FORMAT")
        .doesNotContain("--jdbc-url");

    err.reset();
    assertThat(EddyShell.run(new String[] {"--output", "xml"}, java.io.InputStream.nullInputStream(), out, err)).isEqualTo(2);
    assertThat(err.toString()).startsWith("eddy: Invalid value for option '--output'");
  }
}
