package dev.eddy.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.engine.catalog.Catalog;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

class ValidatorsTest {

  private final JavaTypeFactoryImpl types = new JavaTypeFactoryImpl();
  private final Catalog catalog = new Catalog();
  private final Validators validators = new Validators(catalog, types, SqlStdOperatorTable.instance());

  private RelDataType resolve(String type) throws Exception {
    SqlDataTypeSpec spec = SqlParser.create("CAST(NULL AS " + type + ")",
        SqlParser.config().withUnquotedCasing(Casing.TO_UPPER)).parseExpression()
        instanceof org.apache.calcite.sql.SqlCall call ? (SqlDataTypeSpec) call.operand(1) : null;
    return validators.resolveType(spec);
  }

  @Test
  void ksqlSpellingsAndCustomTypesResolve() throws Exception {
    catalog.registerType("ADDRESS", types.builder()
        .add("STREET", types.createSqlType(SqlTypeName.VARCHAR))
        .add("ZIP", types.createSqlType(SqlTypeName.INTEGER)).build());

    assertThat(resolve("STRING").getSqlTypeName()).isEqualTo(SqlTypeName.VARCHAR);
    assertThat(resolve("BYTES").getSqlTypeName()).isEqualTo(SqlTypeName.VARBINARY);
    assertThat(resolve("DECIMAL(10, 2)").getScale()).isEqualTo(2);
    assertThat(resolve("ADDRESS").getFieldNames()).containsExactly("STREET", "ZIP");
  }
}
