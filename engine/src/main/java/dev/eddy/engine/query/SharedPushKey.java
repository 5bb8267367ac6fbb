package dev.eddy.engine.query;

import dev.eddy.engine.plan.Pipeline;

/**
 * What makes two push queries the same query: the planner's physical plan (which holds every
 * filter, projection and literal), the source as defined now (a stream dropped and created again
 * under the same name is a different source), and the row type.
 */
record SharedPushKey(String plan, String source, String rowType) {

  static SharedPushKey of(String plan, Pipeline pipeline) {
    return new SharedPushKey(plan, pipeline.origin().toString(), pipeline.outputType().getFullTypeString());
  }
}
