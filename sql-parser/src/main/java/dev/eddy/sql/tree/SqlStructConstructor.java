package dev.eddy.sql.tree;

import java.util.ArrayList;
import java.util.List;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * The operator of ksqlDB's {@code STRUCT(a := 1, b := 'x')}. Calcite's ROW constructor has no
 * field names, so the names travel as operands: {@code [a, 1, b, 'x']}, an identifier before
 * each value.
 */
public final class SqlStructConstructor extends SqlSpecialOperator {

  public static final SqlStructConstructor INSTANCE = new SqlStructConstructor();

  private SqlStructConstructor() {
    super("STRUCT", SqlKind.OTHER_FUNCTION);
  }

  /** Builds the call from parallel lists of names and values. */
  public SqlCall createCall(SqlParserPos pos, List<SqlIdentifier> names, List<SqlNode> values) {
    List<SqlNode> operands = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      operands.add(names.get(i));
      operands.add(values.get(i));
    }
    return createCall(pos, operands);
  }

  @Override
  public void unparse(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
    writer.keyword("STRUCT");
    writer.setNeedWhitespace(false);
    SqlWriter.Frame frame = writer.startList("(", ")");
    List<SqlNode> operands = call.getOperandList();
    for (int i = 0; i < operands.size(); i += 2) {
      writer.sep(",");
      operands.get(i).unparse(writer, 0, 0);
      writer.keyword(":=");
      operands.get(i + 1).unparse(writer, 0, 0);
    }
    writer.endList(frame);
  }
}
