package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;
import org.checkerframework.checker.nullness.qual.Nullable;

/** {@code ASSERT [NOT EXISTS] SCHEMA [SUBJECT name] [ID n] [TIMEOUT n unit]}; parsed only. */
public final class SqlAssertSchema extends EddyCall {

  public static final SqlOperator OPERATOR = operator("ASSERT SCHEMA", SqlKind.OTHER);

  private final boolean notExists;
  private final @Nullable SqlNode subject;
  private final @Nullable SqlLiteral id;
  private final @Nullable SqlDuration timeout;

  public SqlAssertSchema(SqlParserPos pos, boolean notExists, @Nullable SqlNode subject, @Nullable SqlLiteral id,
      @Nullable SqlDuration timeout) {
    super(pos);
    this.notExists = notExists;
    this.subject = subject;
    this.id = id;
    this.timeout = timeout;
  }

  public boolean notExists() {
    return notExists;
  }

  public @Nullable SqlNode subject() {
    return subject;
  }

  public @Nullable SqlLiteral id() {
    return id;
  }

  public @Nullable SqlDuration timeout() {
    return timeout;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(flag(notExists), subject, id, timeout);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("ASSERT");
    if (notExists) {
      writer.keyword("NOT EXISTS");
    }
    writer.keyword("SCHEMA");
    if (subject != null) {
      writer.keyword("SUBJECT");
      subject.unparse(writer, 0, 0);
    }
    if (id != null) {
      writer.keyword("ID");
      id.unparse(writer, 0, 0);
    }
    if (timeout != null) {
      writer.keyword("TIMEOUT");
      timeout.unparse(writer, 0, 0);
    }
  }
}
