package dev.eddy.sql.tree;

import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlMapTypeNameSpec;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** ksqlDB's {@code MAP<K, V>}: Calcite's map type, written without Calcite's inner spaces. */
public final class SqlKsqlMapTypeNameSpec extends SqlMapTypeNameSpec {

  public SqlKsqlMapTypeNameSpec(SqlDataTypeSpec keyType, SqlDataTypeSpec valueType, SqlParserPos pos) {
    super(keyType, valueType, pos);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("MAP");
    AngleBrackets.open(writer);
    getKeyType().unparse(writer, 0, 0);
    writer.setNeedWhitespace(false);
    writer.print(",");
    writer.setNeedWhitespace(true);
    getValType().unparse(writer, 0, 0);
    AngleBrackets.close(writer);
  }
}
