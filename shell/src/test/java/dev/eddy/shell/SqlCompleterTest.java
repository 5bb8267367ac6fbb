package dev.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;

class SqlCompleterTest {

  private final SqlCompleter completer = new SqlCompleter(new CompletionNames(
      List.of("PAGEVIEWS", "USERS"), List.of("PAGEID", "USERID"), List.of("ABS", "CONCAT"),
      List.of("auto.offset.reset")));

  @Test
  void afterFromOnlyStreamsAndTables() {
    assertThat(values(List.of("SELECT", "*", "FROM"))).containsExactly("PAGEVIEWS", "USERS");
    assertThat(values(List.of("describe"))).containsExactly("PAGEVIEWS", "USERS");
    assertThat(values(List.of("DROP", "STREAM"))).containsExactly("PAGEVIEWS", "USERS");
  }

  @Test
  void afterSetOnlyPropertyNames() {
    assertThat(values(List.of("SET"))).containsExactly("auto.offset.reset");
    assertThat(completer.candidates(List.of("UNSET"))).extracting(Candidate::group).containsOnly("property");
  }

  @Test
  void elsewhereKeywordsSourcesColumnsAndFunctions() {
    List<Candidate> candidates = completer.candidates(List.of("SELECT"));
    assertThat(candidates).extracting(Candidate::value)
        .contains("SELECT", "EMIT", "CHANGES", "PAGEVIEWS", "PAGEID", "USERID", "ABS", "CONCAT")
        .doesNotContain("auto.offset.reset")
        .hasSize(SqlKeywords.ALL.size() + 6);
    assertThat(candidates).filteredOn(c -> c.value().equals("CONCAT")).extracting(Candidate::group)
        .containsExactly("function");
  }

  @Test
  void newNamesAfterAnUpdate() {
    completer.update(completer.names().withSources(List.of("CLICKS"), List.of("X")));
    assertThat(values(List.of("FROM"))).containsExactly("CLICKS");
    assertThat(values(List.of("SET"))).containsExactly("auto.offset.reset");
  }

  @Test
  void highlightsKeywordsStringsAndComments() {
    assertThat(SqlHighlighter.highlight("select 'from' -- where\nfrom t").toAnsi())
        .isEqualTo("\u001b[34;1mselect\u001b[0m \u001b[32m'from'\u001b[0m \u001b[90m-- where\u001b[0m\n"
            + "\u001b[34;1mfrom\u001b[0m t");
  }

  private List<String> values(List<String> before) {
    return completer.candidates(before).stream().map(Candidate::value).toList();
  }
}
