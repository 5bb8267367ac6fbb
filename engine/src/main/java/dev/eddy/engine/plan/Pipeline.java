package dev.eddy.engine.plan;

import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.runtime.ChangelogMode;
import dev.eddy.engine.runtime.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.calcite.rel.type.RelDataType;

/**
 * A physical plan translated for the runtime: the source each task reads one partition of, and
 * the operators each task runs, in data-flow order. Operators are made per task, since a task
 * owns its operators' state.
 *
 * @param source the stream or table read
 * @param operators one factory per operator
 * @param operatorNames the operators as EXPLAIN names them, parallel to {@code operators}
 * @param outputType the rows the last operator emits
 * @param outputMode the changes the last operator emits
 */
public record Pipeline(
    SourceDefinition source,
    List<Supplier<Operator>> operators,
    List<String> operatorNames,
    RelDataType outputType,
    ChangelogMode outputMode) {

  public Pipeline {
    operators = List.copyOf(operators);
    operatorNames = List.copyOf(operatorNames);
  }

  /** This pipeline with one more operator at its end. */
  public Pipeline then(String name, Supplier<Operator> operator) {
    List<Supplier<Operator>> moreOperators = new ArrayList<>(operators);
    moreOperators.add(operator);
    List<String> moreNames = new ArrayList<>(operatorNames);
    moreNames.add(name);
    return new Pipeline(source, moreOperators, moreNames, outputType, outputMode);
  }

  /** A fresh set of operators for one task. */
  public List<Operator> newOperators() {
    return operators.stream().map(Supplier::get).toList();
  }
}
