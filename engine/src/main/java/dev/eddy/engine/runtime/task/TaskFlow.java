package dev.eddy.engine.runtime.task;

import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.TwoInputOperator;
import java.util.List;

/**
 * The shape of one task's operators: a tree whose leaves are the task's inputs (the partitions
 * it reads, by index) and whose inner nodes are joins; each node is followed by a chain of
 * one-input operators. A task without a join is a single {@link Input}.
 */
public sealed interface TaskFlow permits TaskFlow.Input, TaskFlow.Join {

  /** The one-input operators after this node, in data-flow order. */
  List<Operator> operators();

  /** Their names as EXPLAIN shows them, parallel to {@link #operators()}; null for class names. */
  List<String> names();

  /** Rows of the task's input {@code index}, through {@code operators}. */
  record Input(int index, List<Operator> operators, List<String> names) implements TaskFlow {}

  /** The rows of two flows meeting in {@code join}, then through {@code operators}. */
  record Join(TaskFlow left, TaskFlow right, TwoInputOperator join, String name, List<Operator> operators,
      List<String> names) implements TaskFlow {}
}
