package dev.eddy.sql;

import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * One statement of a submitted text.
 *
 * @param node the tree; positions inside it are in the whole submitted text
 * @param text the statement as written (variables not substituted), from its first token up to
 *     and including its {@code ;}, comments inside it kept
 * @param position line and column (1-based) of its first token in the whole text
 * @param offset character offset of its first token in the whole text
 */
public record ParsedStatement(SqlNode node, String text, SqlParserPos position, int offset) {
}
