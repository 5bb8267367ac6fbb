package dev.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;

class SqlLineParserTest {

  private final SqlLineParser parser = new SqlLineParser();

  @Test
  void asksForMoreInputUntilATopLevelSemicolon() {
    assertThatThrownBy(() -> parser.parse("CREATE STREAM s (id INT)", 0, ParseContext.ACCEPT_LINE))
        .isInstanceOf(EOFError.class);
    assertThatThrownBy(() -> parser.parse("SELECT 'a;\nb' FROM s", 0, ParseContext.ACCEPT_LINE))
        .isInstanceOf(EOFError.class);
    assertThatThrownBy(() -> parser.parse("SELECT * -- ;\nFROM s", 0, ParseContext.ACCEPT_LINE))
        .isInstanceOf(EOFError.class);
    assertThatThrownBy(() -> parser.parse("SELECT * /* ; */ FROM s", 0, ParseContext.ACCEPT_LINE))
        .isInstanceOf(EOFError.class);
    assertThatThrownBy(() -> parser.parse("/* a comment;", 0, ParseContext.ACCEPT_LINE))
        .isInstanceOf(EOFError.class);
  }

  @Test
  void acceptsCompleteStatementsShellCommandsAndBlankLines() throws Exception {
    assertThat(parser.parse("CREATE STREAM s (id INT)\nWITH (kafka_topic='s;t');", 0, ParseContext.ACCEPT_LINE)).isNotNull();
    assertThat(parser.parse("SELECT 'C:\\' FROM s;", 0, ParseContext.ACCEPT_LINE)).isNotNull();
    assertThat(parser.parse("exit", 0, ParseContext.ACCEPT_LINE)).isNotNull();
    assertThat(parser.parse("QUIT;", 0, ParseContext.ACCEPT_LINE)).isNotNull();
    assertThat(parser.parse("   ", 0, ParseContext.ACCEPT_LINE)).isNotNull();
  }

  @Test
  void completionStillSplitsAnUnfinishedStatementIntoWords() throws Exception {
    ParsedLine line = parser.parse("SELECT * FROM pa", 16, ParseContext.COMPLETE);
    assertThat(line.words()).containsExactly("SELECT", "*", "FROM", "pa");
    assertThat(line.word()).isEqualTo("pa");
    assertThat(line.wordIndex()).isEqualTo(3);
  }
}
