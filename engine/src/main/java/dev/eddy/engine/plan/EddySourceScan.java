package dev.eddy.engine.plan;

import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.catalog.SourceKind;
import dev.eddy.engine.runtime.ChangelogMode;
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

  @Override public ChangelogMode changelogMode() {
    return source().kind() == SourceKind.STREAM ? ChangelogMode.insertOnly() : ChangelogMode.upsert();
  }

  @Override public void translate(PipelineBuilder pipeline) {
    pipeline.source(source());
  }

  @Override public RelWriter explainTerms(RelWriter pw) {
    return pw.item("source", source().name()).item("topic", source().topic());
  }
}
