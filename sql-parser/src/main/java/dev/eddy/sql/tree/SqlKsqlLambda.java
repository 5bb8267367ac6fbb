package dev.eddy.sql.tree;

import org.apache.calcite.sql.SqlLambda;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * A lambda as ksqlDB writes it: {@code x => x + 1}, {@code (k, v) => k || v}. It is Calcite's
 * {@link SqlLambda} (same operator and operands, so Calcite's validator handles it); only the
 * unparsed arrow differs from Calcite's {@code ->}, which in ksqlDB means field access.
 */
public final class SqlKsqlLambda extends SqlLambda {

  public SqlKsqlLambda(SqlParserPos pos, SqlNodeList parameters, SqlNode expression) {
    super(pos, parameters, expression);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    SqlNodeList parameters = getParameters();
    if (parameters.size() == 1) {
      parameters.get(0).unparse(writer, 0, 0);
    } else {
      EddyCall.parenthesized(writer, parameters);
    }
    writer.keyword("=>");
    getExpression().unparse(writer, 0, 0);
  }
}
