package dev.eddy.sql.tree;

import org.apache.calcite.sql.SqlCollectionTypeNameSpec;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;

/** ksqlDB's {@code ARRAY<T>}: Calcite's array type, written the ksqlDB way instead of {@code T ARRAY}. */
public final class SqlArrayTypeNameSpec extends SqlCollectionTypeNameSpec {

  public SqlArrayTypeNameSpec(SqlTypeNameSpec elementType, SqlParserPos pos) {
    super(elementType, SqlTypeName.ARRAY, pos);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("ARRAY");
    AngleBrackets.open(writer);
    getElementTypeName().unparse(writer, 0, 0);
    AngleBrackets.close(writer);
  }
}
