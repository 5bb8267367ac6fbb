package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlRowTypeNameSpec;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** ksqlDB's {@code STRUCT<a INT, b STRING>}: Calcite's row type, written the ksqlDB way. */
public final class SqlStructTypeNameSpec extends SqlRowTypeNameSpec {

  public SqlStructTypeNameSpec(SqlParserPos pos, List<SqlIdentifier> fieldNames, List<SqlDataTypeSpec> fieldTypes) {
    super(pos, fieldNames, fieldTypes);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("STRUCT");
    AngleBrackets.open(writer);
    for (int i = 0; i < getArity(); i++) {
      if (i > 0) {
        writer.setNeedWhitespace(false);
        writer.print(",");
        writer.setNeedWhitespace(true);
      }
      getFieldNames().get(i).unparse(writer, 0, 0);
      getFieldTypes().get(i).unparse(writer, 0, 0);
    }
    AngleBrackets.close(writer);
  }
}
