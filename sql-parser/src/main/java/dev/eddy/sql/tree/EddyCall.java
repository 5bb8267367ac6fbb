package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Base of Eddy's own nodes — statements and the clauses Calcite has no node for (durations,
 * properties, column declarations, window and join-window clauses).
 *
 * <p>Contract: {@link #getOperandList()} holds <em>all</em> of a node's state, flags and kinds
 * included (as boolean and symbol literals), because Calcite's {@code SqlCall.equalsDeep}
 * compares only the operator name and the operands; a field left out of the operands would be
 * invisible to round-trip tests. Each subclass has its own operator, with a unique name. Nodes
 * are immutable: {@link #setOperand} is refused.
 */
public abstract class EddyCall extends SqlCall {

  protected EddyCall(SqlParserPos pos) {
    super(pos);
  }

  /** Declares the operator of a statement kind; its name must be unique among Eddy's nodes. */
  protected static SqlOperator operator(String name, SqlKind kind) {
    return new SqlSpecialOperator(name, kind);
  }

  @Override
  public void setOperand(int i, @Nullable SqlNode operand) {
    throw new UnsupportedOperationException(getOperator().getName() + " is immutable");
  }

  /** A flag as an operand, so equalsDeep sees it. */
  protected final SqlLiteral flag(boolean value) {
    return SqlLiteral.createBoolean(value, getParserPosition());
  }

  /** An enum as an operand, so equalsDeep sees it. */
  protected final SqlLiteral symbol(@Nullable Enum<?> value) {
    return value == null ? null : SqlLiteral.createSymbol(value, getParserPosition());
  }

  /** Writes {@code (a, b, c)}. */
  protected static void parenthesized(SqlWriter writer, List<? extends SqlNode> nodes) {
    SqlWriter.Frame frame = writer.startList("(", ")");
    for (SqlNode node : nodes) {
      writer.sep(",");
      node.unparse(writer, 0, 0);
    }
    writer.endList(frame);
  }

  /** Writes {@code a, b, c} without parentheses. */
  protected static void commaList(SqlWriter writer, List<? extends SqlNode> nodes) {
    SqlWriter.Frame frame = writer.startList("", "");
    for (SqlNode node : nodes) {
      writer.sep(",");
      node.unparse(writer, 0, 0);
    }
    writer.endList(frame);
  }

  /** Writes {@code WITH (k=v, ...)} when there are properties. */
  protected static void withProperties(SqlWriter writer, @Nullable SqlNodeList properties) {
    if (properties != null && !properties.isEmpty()) {
      writer.keyword("WITH");
      parenthesized(writer, properties);
    }
  }
}
