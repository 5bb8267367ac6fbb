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
}
