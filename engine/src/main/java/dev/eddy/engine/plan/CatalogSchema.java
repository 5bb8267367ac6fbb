package dev.eddy.engine.plan;

import dev.eddy.engine.catalog.Catalog;
import dev.eddy.engine.catalog.SourceDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.calcite.rel.type.RelProtoDataType;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The catalog as a Calcite schema, read afresh whenever Calcite asks, so it never goes stale.
 * Besides the custom types of CREATE TYPE it names ksqlDB's own spellings of standard types,
 * STRING and BYTES, so that type specs resolve the same way wherever they appear.
 */
final class CatalogSchema extends AbstractSchema {

  private final Catalog catalog;

  CatalogSchema(Catalog catalog) {
    this.catalog = catalog;
  }

  @Override protected Map<String, Table> getTableMap() {
    Map<String, Table> tables = new LinkedHashMap<>();
    for (SourceDefinition source : catalog.sources()) {
      tables.put(source.name(), new SourceTable(source));
    }
    return tables;
  }

  @Override protected Map<String, RelProtoDataType> getTypeMap() {
    Map<String, RelProtoDataType> types = new LinkedHashMap<>();
    types.put("STRING", factory -> factory.createSqlType(SqlTypeName.VARCHAR));
    types.put("BYTES", factory -> factory.createSqlType(SqlTypeName.VARBINARY));
    catalog.types().forEach((name, type) -> types.put(name, factory -> factory.copyType(type)));
    return types;
  }
}
