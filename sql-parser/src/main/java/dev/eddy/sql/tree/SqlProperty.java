package dev.eddy.sql.tree;

import java.util.List;
import java.util.Locale;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * One {@code name = literal} entry of a WITH clause, e.g. {@code KAFKA_TOPIC='orders'}. The name
 * is an identifier or a quoted string, as written; {@link #name()} gives the normalized key.
 */
public final class SqlProperty extends EddyCall {

  public static final SqlOperator OPERATOR = operator("PROPERTY", SqlKind.OTHER);

  private final SqlNode key;
  private final SqlLiteral value;

  /** @param key a {@link SqlIdentifier} or a character {@link SqlLiteral} */
  public SqlProperty(SqlParserPos pos, SqlNode key, SqlLiteral value) {
    super(pos);
    this.key = key;
    this.value = value;
  }

  /** The property name, upper-cased, whichever way it was written (ksqlDB's keys ignore case). */
  public String name() {
    String raw = key instanceof SqlIdentifier id ? id.getSimple() : ((SqlLiteral) key).getValueAs(String.class);
    return raw.toUpperCase(Locale.ROOT);
  }

  public SqlNode key() {
    return key;
  }

  public SqlLiteral value() {
    return value;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return List.of(key, value);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    key.unparse(writer, 0, 0);
    writer.keyword("=");
    value.unparse(writer, 0, 0);
  }
}
