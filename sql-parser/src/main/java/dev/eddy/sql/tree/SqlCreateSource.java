package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code CREATE [OR REPLACE] [SOURCE] STREAM|TABLE [IF NOT EXISTS] name [(columns)] [WITH (...)]}:
 * declares a source over an existing or new topic. {@code columns} is null when the statement
 * gave no column list (the schema is then inferred from a schema registry).
 */
public final class SqlCreateSource extends EddyCall {

  public static final SqlOperator OPERATOR = operator("CREATE SOURCE", SqlKind.OTHER_DDL);

  private final SourceKind kind;
  private final boolean orReplace;
  private final boolean readOnly;
  private final boolean ifNotExists;
  private final SqlIdentifier name;
  private final @Nullable SqlNodeList columns;
  private final SqlNodeList properties;

  /** @param readOnly true for {@code CREATE SOURCE STREAM|TABLE} (no inserts, materialized for pull queries) */
  public SqlCreateSource(SqlParserPos pos, SourceKind kind, boolean orReplace, boolean readOnly,
      boolean ifNotExists, SqlIdentifier name, @Nullable SqlNodeList columns, SqlNodeList properties) {
    super(pos);
    this.kind = kind;
    this.orReplace = orReplace;
    this.readOnly = readOnly;
    this.ifNotExists = ifNotExists;
    this.name = name;
    this.columns = columns;
    this.properties = properties;
  }

  public SourceKind kind() {
    return kind;
  }

  public boolean orReplace() {
    return orReplace;
  }

  public boolean readOnly() {
    return readOnly;
  }

  public boolean ifNotExists() {
    return ifNotExists;
  }

  public SqlIdentifier name() {
    return name;
  }

  /** {@link SqlColumnDeclaration}s, or null when no column list was written. */
  public @Nullable SqlNodeList columns() {
    return columns;
  }

  /** {@link SqlProperty}s of the WITH clause (empty when absent). */
  public SqlNodeList properties() {
    return properties;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(symbol(kind), flag(orReplace), flag(readOnly), flag(ifNotExists), name,
        columns, properties);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("CREATE");
    if (orReplace) {
      writer.keyword("OR REPLACE");
    }
    if (readOnly) {
      writer.keyword("SOURCE");
    }
    writer.keyword(kind.name());
    if (ifNotExists) {
      writer.keyword("IF NOT EXISTS");
    }
    name.unparse(writer, 0, 0);
    if (columns != null) {
      parenthesized(writer, columns);
    }
    withProperties(writer, properties);
  }
}
