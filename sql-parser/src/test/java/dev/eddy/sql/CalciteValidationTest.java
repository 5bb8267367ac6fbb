package dev.eddy.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Properties;

import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorUtil;
import org.junit.jupiter.api.Test;

import dev.eddy.sql.tree.SqlCreateSourceAs;

/**
 * The trees are what Calcite's validator expects: a ksqlDB windowed aggregation validates as
 * the window table function query it became, and a validator error points at the line and
 * column of the whole submitted text. (The engine owns the real catalog; this one is a stub.)
 */
class CalciteValidationTest {

  private static SqlValidator validator() {
    JavaTypeFactoryImpl types = new JavaTypeFactoryImpl();
    SchemaPlus root = CalciteSchema.createRootSchema(false).plus();
    root.add("S", new AbstractTable() {
      @Override
      public RelDataType getRowType(RelDataTypeFactory factory) {
        return factory.builder()
            .add("ROWTIME", SqlTypeName.TIMESTAMP, 3)
            .add("ID", SqlTypeName.INTEGER)
            .add("NAME", SqlTypeName.VARCHAR)
            .build();
      }
    });
    Properties properties = new Properties();
    properties.setProperty(CalciteConnectionProperty.CASE_SENSITIVE.camelName(), "true");
    CalciteCatalogReader catalog = new CalciteCatalogReader(CalciteSchema.from(root), List.of(), types,
        new CalciteConnectionConfigImpl(properties));
    return SqlValidatorUtil.newValidator(SqlStdOperatorTable.instance(), catalog, types, SqlValidator.Config.DEFAULT);
  }

  private static SqlNode select(String script, int statement) {
    SqlNode node = EddySqlParser.parseStatements(script).get(statement).node();
    return ((SqlCreateSourceAs) node).query().select();
  }

  @Test
  void windowedAggregationValidatesAsAWindowTableFunctionQuery() {
    // Calcite's window functions add lower-case window_start/window_end; mapping ksqlDB's
    // WINDOWSTART/WINDOWEND onto them is the engine's job.
    SqlNode select = select("CREATE TABLE counts AS SELECT id, `window_start`, COUNT(*) AS n FROM s"
        + " WINDOW TUMBLING (SIZE 1 MINUTE, GRACE PERIOD 10 SECONDS) WHERE name <> 'x' GROUP BY id, `window_start`;", 0);
    SqlValidator validator = validator();
    RelDataType rowType = validator.getValidatedNodeType(validator.validate(select));
    assertThat(rowType.getFieldNames()).containsExactly("ID", "window_start", "N");
  }

  @Test
  void validatorErrorsPointIntoTheSubmittedText() {
    SqlNode select = select("SHOW STREAMS;\nCREATE STREAM out AS\n  SELECT id, nope FROM s;", 1);
    CalciteContextException error = catchThrowableOfType(CalciteContextException.class,
        () -> validator().validate(select));
    assertThat(error.getPosLine()).isEqualTo(3);
    assertThat(error.getPosColumn()).isEqualTo(14);
    assertThat(error.getMessage()).contains("Column 'NOPE' not found in any table");
  }
}
