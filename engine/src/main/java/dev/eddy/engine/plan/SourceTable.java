package dev.eddy.engine.plan;

import dev.eddy.engine.catalog.Column;
import dev.eddy.engine.catalog.PseudoColumn;
import dev.eddy.engine.catalog.SourceDefinition;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * A stream or table as Calcite sees it: the declared columns, all nullable as in ksqlDB, followed
 * by the {@link PseudoColumn}s.
 */
public final class SourceTable extends AbstractTable {

  private final SourceDefinition source;

  public SourceTable(SourceDefinition source) {
    this.source = source;
  }

  public SourceDefinition source() {
    return source;
  }

  @Override public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    RelDataTypeFactory.Builder row = typeFactory.builder();
    for (Column column : source.columns()) {
      row.add(column.name(), typeFactory.createTypeWithNullability(column.type(), true));
    }
    for (PseudoColumn pseudo : PseudoColumn.values()) {
      row.add(pseudo.name(), pseudo.type(typeFactory));
    }
    return row.build();
  }
}
