package dev.eddy.engine.plan;

import dev.eddy.engine.catalog.Catalog;
import dev.eddy.engine.catalog.SourceDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/** The catalog as a Calcite schema, read afresh whenever Calcite asks, so it never goes stale. */
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
}
