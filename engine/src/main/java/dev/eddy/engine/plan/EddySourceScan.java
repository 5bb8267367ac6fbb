package dev.eddy.engine.plan;

import dev.eddy.engine.catalog.PseudoColumn;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.catalog.SourceKind;
import dev.eddy.engine.runtime.ChangelogMode;
import dev.eddy.engine.runtime.operator.TableSourceOperator;
import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableScan;

/** Reads a stream or table from its topic, decoding each record into a row. */
public final class EddySourceScan extends TableScan implements EddyRel {

  EddySourceScan(RelOptCluster cluster, RelTraitSet traits, RelOptTable table) {
    super(cluster, traits, List.of(), table);
  }

  public SourceDefinition source() {
    return table.unwrapOrThrow(SourceTable.class).source();
  }

  @Override public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new EddySourceScan(getCluster(), traitSet, table);
  }

  /** A table's rows come with the row they replace, which aggregates take back out. */
  @Override public ChangelogMode changelogMode() {
    return source().kind() == SourceKind.STREAM ? ChangelogMode.insertOnly() : ChangelogMode.all();
  }

  @Override public void translate(PipelineBuilder pipeline) {
    SourceDefinition source = source();
    pipeline.source(source);
    if (source.kind() == SourceKind.TABLE && !pipeline.upsertsSuffice()) {
      List<String> names = source.columns().stream().map(c -> c.name()).toList();
      int[] keys = source.keyColumns().stream().mapToInt(c -> names.indexOf(c.name())).toArray();
      int position = getRowType().getFieldNames().indexOf(PseudoColumn.ROWPARTITION.name());
      pipeline.addStateful("TableSource", () -> new TableSourceOperator(keys, position));
    }
  }

  @Override public RelWriter explainTerms(RelWriter pw) {
    return pw.item("source", source().name()).item("topic", source().topic());
  }
}
