package dev.eddy.engine.plan;

import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.codegen.RowTransformCompiler;
import dev.eddy.engine.runtime.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.calcite.DataContext;

/**
 * Collects what the nodes of a physical plan translate into, visited from the source up: each
 * {@link EddyRel#translate} first translates its input, then adds its own operator.
 */
public final class PipelineBuilder {

  private final RowTransformCompiler compiler;
  private final DataContext dataContext;
  private SourceDefinition source;
  private final List<Supplier<Operator>> operators = new ArrayList<>();
  private final List<String> names = new ArrayList<>();

  public PipelineBuilder(RowTransformCompiler compiler, DataContext dataContext) {
    this.compiler = compiler;
    this.dataContext = dataContext;
  }

  public RowTransformCompiler compiler() {
    return compiler;
  }

  public DataContext dataContext() {
    return dataContext;
  }

  void source(SourceDefinition source) {
    if (this.source != null) {
      throw new IllegalStateException("A pipeline reads one source; joins are planned differently");
    }
    this.source = source;
  }

  void add(String name, Supplier<Operator> operator) {
    names.add(name);
    operators.add(operator);
  }

  public static Pipeline translate(EddyRel plan, RowTransformCompiler compiler, DataContext dataContext) {
    PipelineBuilder builder = new PipelineBuilder(compiler, dataContext);
    plan.translate(builder);
    return new Pipeline(builder.source, builder.operators, builder.names, plan.getRowType(), plan.changelogMode());
  }
}
