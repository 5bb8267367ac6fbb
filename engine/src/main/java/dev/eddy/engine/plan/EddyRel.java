package dev.eddy.engine.plan;

import dev.eddy.engine.runtime.ChangelogMode;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.rel.RelNode;

/**
 * A node of Eddy's physical plan. Each knows which row kinds it produces, so the planner can
 * check that every consumer accepts what its input sends.
 */
public interface EddyRel extends RelNode {

  /** The calling convention of Eddy's physical nodes. */
  Convention CONVENTION = new Convention.Impl("EDDY", EddyRel.class);

  /** The row kinds this node emits. */
  ChangelogMode changelogMode();

  /**
   * Adds what this node runs as to the pipeline, after translating its inputs. Everything that
   * can be decided here (compiled code, operator choice) is decided here, once per query.
   */
  void translate(PipelineBuilder pipeline);
}
