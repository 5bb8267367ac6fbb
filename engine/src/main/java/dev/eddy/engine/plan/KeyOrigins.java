package dev.eddy.engine.plan;

import dev.eddy.engine.catalog.Column;
import dev.eddy.engine.catalog.PseudoColumn;
import dev.eddy.engine.catalog.SourceDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.metadata.RelColumnOrigin;
import org.apache.calcite.rel.metadata.RelMetadataQuery;

/**
 * Where a plan node's fields come from, as far as partitioning cares: whether a set of fields
 * is exactly the key its source topic is partitioned by, and which fields are the window bounds
 * ({@code WINDOWSTART}/{@code WINDOWEND}) a windowed aggregate fills in. Read through Calcite's
 * column-origin metadata, so it sees through projections and filters.
 */
final class KeyOrigins {

  private KeyOrigins() {}

  /** The pseudo-column {@code field} of {@code node} is, unchanged, or null. */
  static PseudoColumn pseudoColumn(RelNode node, int field) {
    RelColumnOrigin origin = origin(node, field);
    if (origin == null) {
      return null;
    }
    List<String> names = origin.getOriginTable().getRowType().getFieldNames();
    return PseudoColumn.named(names.get(origin.getOriginColumnOrdinal())).orElse(null);
  }

  /** {@code fields} without the window bounds. */
  static List<Integer> withoutWindowBounds(RelNode node, List<Integer> fields) {
    List<Integer> keys = new ArrayList<>();
    for (int field : fields) {
      PseudoColumn pseudo = pseudoColumn(node, field);
      if (pseudo != PseudoColumn.WINDOWSTART && pseudo != PseudoColumn.WINDOWEND) {
        keys.add(field);
      }
    }
    return keys;
  }

  /**
   * Whether rows of {@code node} with equal values in {@code fields} already sit in one
   * partition: the fields are, unchanged, exactly the key columns of the one source they
   * come from.
   */
  static boolean isPartitionedBy(RelNode node, List<Integer> fields) {
    RelOptTable table = null;
    Set<String> keyNames = new HashSet<>();
    for (int field : fields) {
      RelColumnOrigin origin = origin(node, field);
      if (origin == null || (table != null && origin.getOriginTable() != table)) {
        return false;
      }
      table = origin.getOriginTable();
      keyNames.add(origin.getOriginTable().getRowType().getFieldNames().get(origin.getOriginColumnOrdinal()));
    }
    if (table == null) {
      return false;
    }
    SourceTable sourceTable = table.unwrap(SourceTable.class);
    if (sourceTable == null) {
      return false;
    }
    SourceDefinition source = sourceTable.source();
    Set<String> sourceKeys = new HashSet<>();
    source.keyColumns().stream().map(Column::name).forEach(sourceKeys::add);
    return !sourceKeys.isEmpty() && sourceKeys.equals(keyNames) && fields.size() == sourceKeys.size();
  }

  /**
   * The fields of {@code node} that are, unchanged, the key columns of the one source they come
   * from, in the source's key order — how rows of a table read through {@code node} are told
   * apart — or null when {@code node} does not carry them all.
   */
  static int[] keyFields(RelNode node) {
    SourceDefinition source = null;
    RelOptTable table = null;
    java.util.Map<String, Integer> byName = new java.util.HashMap<>();
    for (int field = 0; field < node.getRowType().getFieldCount(); field++) {
      RelColumnOrigin origin = origin(node, field);
      if (origin == null) {
        continue;
      }
      SourceTable sourceTable = origin.getOriginTable().unwrap(SourceTable.class);
      if (sourceTable == null || (table != null && origin.getOriginTable() != table)) {
        continue;
      }
      table = origin.getOriginTable();
      source = sourceTable.source();
      byName.putIfAbsent(table.getRowType().getFieldNames().get(origin.getOriginColumnOrdinal()), field);
    }
    if (source == null || source.keyColumns().isEmpty()) {
      return null;
    }
    int[] fields = new int[source.keyColumns().size()];
    for (int i = 0; i < fields.length; i++) {
      Integer field = byName.get(source.keyColumns().get(i).name());
      if (field == null) {
        return null;
      }
      fields[i] = field;
    }
    return fields;
  }

  private static RelColumnOrigin origin(RelNode node, int field) {
    RelMetadataQuery mq = node.getCluster().getMetadataQuery();
    RelColumnOrigin origin = mq.getColumnOrigin(node, field);
    return origin == null || origin.isDerived() ? null : origin;
  }
}
