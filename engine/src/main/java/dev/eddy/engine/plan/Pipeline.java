package dev.eddy.engine.plan;

import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.runtime.ChangelogMode;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.TwoInputOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.calcite.rel.type.RelDataType;

/**
 * A physical plan translated for the runtime: the source each task reads one partition of, and
 * the operators each task runs, in data-flow order. Operators are made per task, since a task
 * owns its operators' state.
 *
 * <p>A plan with repartitions is a chain of stages: each stage after the first reads an
 * internal topic that the stage before it ({@link #upstream()}) writes, keyed by the
 * repartition's columns. Such a stage's {@link #source()} is the internal topic's definition,
 * whose topic name the launcher fills in (it depends on the query id).
 *
 * <p>A stage with a join reads two flows: {@link #join()} holds them (each a pipeline of its own
 * that ends where the join begins, possibly fed by a stage of its own), and {@link #source()} is
 * null; {@link #operators()} then follow the join.
 *
 * @param source the stream or table read (for a later stage, the internal topic); null for a join
 * @param join the two flows this stage joins, or null
 * @param operators one factory per operator
 * @param operatorNames the operators as EXPLAIN names them, parallel to {@code operators}
 * @param outputType the rows the last operator emits
 * @param outputMode the changes the last operator emits
 * @param stateful whether an operator keeps state, so the stage needs a changelog
 * @param upstream the stage writing this stage's source, or null for the first stage
 * @param passesStreamTombstones whether this stage and those feeding it read a stream through
 *     projections and repartitions only, so a record without a value may reach the end as a
 *     {@code -D} row with only its key columns set, for the sink to write without a value as
 *     ksqlDB does; other queries drop such records where they read them
 */
public record Pipeline(
    SourceDefinition source,
    Join join,
    List<Supplier<Operator>> operators,
    List<String> operatorNames,
    RelDataType outputType,
    ChangelogMode outputMode,
    boolean stateful,
    Repartition upstream,
    boolean passesStreamTombstones) {

  /** The stage feeding a later stage, and the columns its rows are keyed (partitioned) by. */
  public record Repartition(Pipeline input, int[] keyColumns) {}

  /** Two flows meeting in a join operator, named as EXPLAIN names it. */
  public record Join(Pipeline left, Pipeline right, String name, Supplier<TwoInputOperator> operator) {}

  public Pipeline {
    operators = List.copyOf(operators);
    operatorNames = List.copyOf(operatorNames);
  }

  /** This pipeline with one more operator at its end. */
  public Pipeline then(String name, Supplier<Operator> operator, boolean keepsState) {
    List<Supplier<Operator>> moreOperators = new ArrayList<>(operators);
    moreOperators.add(operator);
    List<String> moreNames = new ArrayList<>(operatorNames);
    moreNames.add(name);
    return new Pipeline(source, join, moreOperators, moreNames, outputType, outputMode, stateful || keepsState,
        upstream, false);
  }

  /** This pipeline with one more stateless operator at its end. */
  public Pipeline then(String name, Supplier<Operator> operator) {
    return then(name, operator, false);
  }

  /** The user's source the query reads: the first stage's (a join's left one). */
  public SourceDefinition origin() {
    if (join != null) {
      return join.left().origin();
    }
    return upstream == null ? source : upstream.input().origin();
  }

  /** Every user source the query reads, left to right. */
  public List<SourceDefinition> origins() {
    if (join != null) {
      List<SourceDefinition> all = new ArrayList<>(join.left().origins());
      all.addAll(join.right().origins());
      return all;
    }
    return upstream == null ? List.of(source) : upstream.input().origins();
  }

  /**
   * The flows of this stage that read a topic, left to right: this pipeline itself, or for a
   * join each side's.
   */
  public List<Pipeline> inputs() {
    if (join == null) {
      return List.of(this);
    }
    List<Pipeline> all = new ArrayList<>(join.left().inputs());
    all.addAll(join.right().inputs());
    return all;
  }

  /** A fresh set of operators for one task. */
  public List<Operator> newOperators() {
    return operators.stream().map(Supplier::get).toList();
  }
}
