package dev.eddy.engine.plan;

import dev.eddy.engine.catalog.Catalog;
import java.util.List;
import java.util.Properties;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.apache.calcite.sql.validate.SqlValidator;

/**
 * Makes Calcite validators over the current catalog: one per statement, since a validator keeps
 * per-statement state. Names are case-sensitive because the parser has already folded unquoted
 * identifiers to upper case, as ksqlDB does.
 */
public final class Validators {

  private static final CalciteConnectionConfig CONNECTION_CONFIG = connectionConfig();

  private final Catalog catalog;
  private final JavaTypeFactory typeFactory;
  private final SqlOperatorTable operators;

  public Validators(Catalog catalog, JavaTypeFactory typeFactory, SqlOperatorTable operators) {
    this.catalog = catalog;
    this.typeFactory = typeFactory;
    this.operators = operators;
  }

  public JavaTypeFactory typeFactory() {
    return typeFactory;
  }

  /** The functions and operators queries are validated against. */
  public SqlOperatorTable operators() {
    return operators;
  }

  public EddyValidator create() {
    CalciteSchema root = CalciteSchema.createRootSchema(false, false, "", new CatalogSchema(catalog));
    CalciteCatalogReader reader = new CalciteCatalogReader(root, List.of(), typeFactory, CONNECTION_CONFIG);
    return new EddyValidator(catalog, operators, reader, typeFactory,
        SqlValidator.Config.DEFAULT
            .withConformance(SqlConformanceEnum.LENIENT)
            .withIdentifierExpansion(true)
            .withTypeCoercionFactory(EddyTypeCoercion::new));
  }

  /** The type a type spec names: standard types, STRING, BYTES, and custom types. */
  public RelDataType resolveType(SqlDataTypeSpec spec) {
    return spec.deriveType(create(), true);
  }

  private static CalciteConnectionConfig connectionConfig() {
    Properties properties = new Properties();
    properties.setProperty(CalciteConnectionProperty.CASE_SENSITIVE.camelName(), "true");
    return new CalciteConnectionConfigImpl(properties);
  }
}
