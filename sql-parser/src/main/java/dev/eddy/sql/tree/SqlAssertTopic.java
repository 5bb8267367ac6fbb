package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;
import org.checkerframework.checker.nullness.qual.Nullable;

/** {@code ASSERT [NOT EXISTS] TOPIC name [WITH (...)] [TIMEOUT n unit]}; parsed only. */
public final class SqlAssertTopic extends EddyCall {

  public static final SqlOperator OPERATOR = operator("ASSERT TOPIC", SqlKind.OTHER);

  private final boolean notExists;
  private final SqlNode topic;
  private final SqlNodeList properties;
  private final @Nullable SqlDuration timeout;

  public SqlAssertTopic(SqlParserPos pos, boolean notExists, SqlNode topic, SqlNodeList properties,
      @Nullable SqlDuration timeout) {
    super(pos);
    this.notExists = notExists;
    this.topic = topic;
    this.properties = properties;
    this.timeout = timeout;
  }

  public boolean notExists() {
    return notExists;
  }

  /** An identifier or a string literal. */
  public SqlNode topic() {
    return topic;
  }

  public SqlNodeList properties() {
    return properties;
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
    return ImmutableNullableList.of(flag(notExists), topic, properties, timeout);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("ASSERT");
    if (notExists) {
      writer.keyword("NOT EXISTS");
    }
    writer.keyword("TOPIC");
    topic.unparse(writer, 0, 0);
    withProperties(writer, properties);
    if (timeout != null) {
      writer.keyword("TIMEOUT");
      timeout.unparse(writer, 0, 0);
    }
  }
}
