package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code INSERT INTO target [WITH (...)] SELECT ...}: a persistent query into an existing stream. */
public final class SqlInsertQuery extends EddyCall {

  public static final SqlOperator OPERATOR = operator("INSERT QUERY", SqlKind.OTHER);

  private final SqlIdentifier target;
  private final SqlNodeList properties;
  private final SqlStreamingQuery query;

  public SqlInsertQuery(SqlParserPos pos, SqlIdentifier target, SqlNodeList properties, SqlStreamingQuery query) {
    super(pos);
    this.target = target;
    this.properties = properties;
    this.query = query;
  }

  public SqlIdentifier target() {
    return target;
  }

  /** {@link SqlProperty}s of the WITH clause (empty when absent). */
  public SqlNodeList properties() {
    return properties;
  }

  public SqlStreamingQuery query() {
    return query;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return List.of(target, properties, query);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("INSERT INTO");
    target.unparse(writer, 0, 0);
    withProperties(writer, properties);
    query.unparse(writer, 0, 0);
  }
}
