package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * {@code CREATE [OR REPLACE] STREAM|TABLE [IF NOT EXISTS] name [WITH (...)] AS SELECT ...}:
 * a persistent query writing into a new source.
 */
public final class SqlCreateSourceAs extends EddyCall {

  public static final SqlOperator OPERATOR = operator("CREATE SOURCE AS", SqlKind.OTHER_DDL);

  private final SourceKind kind;
  private final boolean orReplace;
  private final boolean ifNotExists;
  private final SqlIdentifier name;
  private final SqlNodeList properties;
  private final SqlStreamingQuery query;

  public SqlCreateSourceAs(SqlParserPos pos, SourceKind kind, boolean orReplace, boolean ifNotExists,
      SqlIdentifier name, SqlNodeList properties, SqlStreamingQuery query) {
    super(pos);
    this.kind = kind;
    this.orReplace = orReplace;
    this.ifNotExists = ifNotExists;
    this.name = name;
    this.properties = properties;
    this.query = query;
  }

  public SourceKind kind() {
    return kind;
  }

  public boolean orReplace() {
    return orReplace;
  }

  public boolean ifNotExists() {
    return ifNotExists;
  }

  public SqlIdentifier name() {
    return name;
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
    return List.of(symbol(kind), flag(orReplace), flag(ifNotExists), name, properties, query);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("CREATE");
    if (orReplace) {
      writer.keyword("OR REPLACE");
    }
    writer.keyword(kind.name());
    if (ifNotExists) {
      writer.keyword("IF NOT EXISTS");
    }
    name.unparse(writer, 0, 0);
    withProperties(writer, properties);
    writer.keyword("AS");
    query.unparse(writer, 0, 0);
  }
}
