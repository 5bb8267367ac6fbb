package dev.eddy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

  @Test
  void endsWithResultLinesInTheAgreedForm() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Report report = new Report(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    report.result("log-append-os-vs-disk", 336.54, 452.4, 1, 0.80);
    report.result("log-group-commit", 1804270.4, 4467466, 0, 0.5);
    report.finish();

    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.subList(lines.size() - 2, lines.size())).containsExactly(
        "RESULT log-append-os-vs-disk eddy=336.5 peer=452.4 ratio=0.74",
        "RESULT log-group-commit eddy=1804270 peer=4467466 ratio=0.40");
    assertThat(lines).contains(
        "target log-append-os-vs-disk                  ratio 0.74, target >= 0.80: MISSED",
        "target log-group-commit                       ratio 0.40, target >= 0.50: MISSED");
  }
}
