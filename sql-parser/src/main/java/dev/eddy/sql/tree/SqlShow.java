package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code SHOW|LIST [ALL] STREAMS|TABLES|QUERIES|TOPICS|FUNCTIONS|PROPERTIES|VARIABLES|TYPES [EXTENDED]}. */
public final class SqlShow extends EddyCall {

  public static final SqlOperator OPERATOR = operator("SHOW", SqlKind.OTHER);

  private final ShowKind kind;
  private final boolean all;
  private final boolean extended;

  /** @param all {@code SHOW ALL TOPICS}: internal topics too */
  public SqlShow(SqlParserPos pos, ShowKind kind, boolean all, boolean extended) {
    super(pos);
    this.kind = kind;
    this.all = all;
    this.extended = extended;
  }

  public ShowKind kind() {
    return kind;
  }

  public boolean all() {
    return all;
  }

  public boolean extended() {
    return extended;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return List.of(symbol(kind), flag(all), flag(extended));
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("SHOW");
    if (all) {
      writer.keyword("ALL");
    }
    writer.keyword(kind.name());
    if (extended) {
      writer.keyword("EXTENDED");
    }
  }
}
