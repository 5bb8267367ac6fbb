package dev.eddy.sql.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.apache.calcite.sql.parser.SqlParserPos;

import dev.eddy.sql.EddySqlParseException;

/**
 * One statement as the parser sees it — variables substituted — with the way back to the
 * whole submitted text: every code point of {@link #text()} knows the offset of the character
 * it came from (a substituted value maps to its {@code ${name}}), so tree positions and errors
 * name the line and column the user wrote.
 *
 * <p>Offsets here are code point indexes, as ANTLR's char streams count.
 */
public final class StatementText {

  private final String text;
  private final int[] sourceOffsets;
  private final SourceText source;

  /**
   * @param sourceOffsets for each code point of {@code text}, plus one past the end, the offset
   *     in {@code source} of the character it came from
   */
  public StatementText(String text, int[] sourceOffsets, SourceText source) {
    this.text = text;
    this.sourceOffsets = sourceOffsets;
    this.source = source;
  }

  public String text() {
    return text;
  }

  public SourceText source() {
    return source;
  }

  /** Offset in the whole text of a code point of this statement. */
  public int sourceOffset(int codePointIndex) {
    return sourceOffsets[Math.max(0, Math.min(codePointIndex, sourceOffsets.length - 1))];
  }

  /** Position of a parse-tree node in the whole text. */
  public SqlParserPos pos(ParserRuleContext ctx) {
    Token stop = ctx.getStop() != null && ctx.getStop().getStopIndex() >= ctx.getStart().getStartIndex()
        ? ctx.getStop() : ctx.getStart();
    return source.pos(sourceOffset(ctx.getStart().getStartIndex()), sourceOffset(stop.getStopIndex()));
  }

  /** Position of one token in the whole text. */
  public SqlParserPos pos(Token token) {
    return source.pos(sourceOffset(token.getStartIndex()), sourceOffset(token.getStopIndex()));
  }

  /** An error positioned at the start of a parse-tree node. */
  public EddySqlParseException error(ParserRuleContext ctx, String reason) {
    return error(ctx.getStart(), reason);
  }

  /** An error positioned at a token. */
  public EddySqlParseException error(Token token, String reason) {
    int start = token.getType() == Token.EOF ? sourceOffsets.length - 1 : token.getStartIndex();
    int stop = token.getType() == Token.EOF ? start : token.getStopIndex();
    return source.error(sourceOffset(start), sourceOffset(stop), reason);
  }
}
