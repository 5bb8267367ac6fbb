package dev.eddy.engine.plan;

import dev.eddy.engine.catalog.Column;
import dev.eddy.engine.catalog.ColumnRole;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.catalog.SourceKind;
import dev.eddy.engine.codegen.RowTransformCompiler;
import dev.eddy.engine.function.EddyOperatorTable;
import dev.eddy.engine.runtime.ChangelogMode;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.TwoInputOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.calcite.DataContext;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;

/**
 * Collects what the nodes of a physical plan translate into, visited from the source up: each
 * {@link EddyRel#translate} first translates its input, then adds its own operator. A
 * {@linkplain #repartition repartition} ends the current stage and starts the next.
 */
public final class PipelineBuilder {

  /** Name of the internal source a stage after a repartition reads. */
  public static final String REPARTITION_SOURCE = "REPARTITION";

  private final RowTransformCompiler compiler;
  private final DataContext dataContext;
  private final EddyOperatorTable operatorTable;
  private SourceDefinition source;
  private Pipeline.Join join;
  private final List<Supplier<Operator>> operators = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private boolean stateful;
  private boolean upsertsSuffice;
  private boolean tombstonesPass;
  private Pipeline.Repartition upstream;

  public PipelineBuilder(RowTransformCompiler compiler, DataContext dataContext, EddyOperatorTable operatorTable) {
    this.compiler = compiler;
    this.dataContext = dataContext;
    this.operatorTable = operatorTable;
  }

  public RowTransformCompiler compiler() {
    return compiler;
  }

  public DataContext dataContext() {
    return dataContext;
  }

  /** The functions aggregate calls are bound to. */
  public EddyOperatorTable operators() {
    return operatorTable;
  }

  void source(SourceDefinition source) {
    if (this.source != null || join != null) {
      throw new IllegalStateException("A pipeline reads one source or one join");
    }
    this.source = source;
    this.tombstonesPass = source.kind() == SourceKind.STREAM;
  }

  /**
   * Says that what consumes this pipeline needs a table's rows only as upserts and deletes, not
   * with the rows they replace: a stream-table join keeps the table's current rows itself, so
   * the table source need not keep them a second time.
   */
  void upsertsSuffice(boolean upsertsSuffice) {
    this.upsertsSuffice = upsertsSuffice;
  }

  boolean upsertsSuffice() {
    return upsertsSuffice;
  }

  /** A builder for one input of a join, sharing this one's compiler and functions. */
  PipelineBuilder fork() {
    return new PipelineBuilder(compiler, dataContext, operatorTable);
  }

  /** Starts this pipeline with the join of two translated inputs; the join keeps state. */
  void join(Pipeline left, Pipeline right, String name, Supplier<TwoInputOperator> operator) {
    if (source != null || join != null) {
      throw new IllegalStateException("A pipeline reads one source or one join");
    }
    join = new Pipeline.Join(left, right, name, operator);
    stateful = true;
    tombstonesPass = false;
  }

  /** What this builder has built, producing rows of {@code rowType} with {@code mode}. */
  Pipeline build(RelDataType rowType, ChangelogMode mode) {
    return new Pipeline(source, join, operators, names, rowType, mode, stateful, upstream, tombstonesPass);
  }

  void add(String name, Supplier<Operator> operator) {
    append(name, operator);
    tombstonesPass = false;
  }

  /**
   * Adds an operator that only projects, so a stream record without a value may pass it: ksqlDB
   * projects such a record to a record without a value, while a filter, a join or an aggregate
   * drops it.
   */
  void addProjection(String name, Supplier<Operator> operator) {
    append(name, operator);
  }

  /** Adds an operator that keeps state in stores, so the stage gets a changelog. */
  void addStateful(String name, Supplier<Operator> operator) {
    add(name, operator);
    stateful = true;
  }

  /**
   * Adds the operator that drops rows a repartition topic holds twice; it keeps state, and lets
   * a stream record without a value pass, as a repartition (PARTITION BY) does in ksqlDB.
   */
  void addRepartitionDedup(String name, Supplier<Operator> operator) {
    append(name, operator);
    stateful = true;
  }

  private void append(String name, Supplier<Operator> operator) {
    names.add(name);
    operators.add(operator);
  }

  /**
   * Ends the stage built so far, which writes its rows (of {@code rowType}) to an internal topic
   * keyed by {@code keyColumns}, and starts a stage that reads that topic.
   */
  void repartition(int[] keyColumns, RelDataType rowType, ChangelogMode mode) {
    Pipeline finished = build(rowType, mode);
    upstream = new Pipeline.Repartition(finished, keyColumns);
    source = internalSource(rowType);
    join = null;
    operators.clear();
    names.clear();
    stateful = false;
  }

  /** Every column in the value (JSON); the key only partitions. The launcher names the topic. */
  private static SourceDefinition internalSource(RelDataType rowType) {
    List<Column> columns = new ArrayList<>();
    for (RelDataTypeField field : rowType.getFieldList()) {
      columns.add(new Column(field.getName(), field.getType(), ColumnRole.VALUE, null));
    }
    return new SourceDefinition(REPARTITION_SOURCE, SourceKind.STREAM, columns, "", "JSON", "JSON", Map.of(),
        null, null, null);
  }

  public static Pipeline translate(EddyRel plan, RowTransformCompiler compiler, DataContext dataContext,
      EddyOperatorTable operatorTable) {
    PipelineBuilder builder = new PipelineBuilder(compiler, dataContext, operatorTable);
    plan.translate(builder);
    return builder.build(plan.getRowType(), plan.changelogMode());
  }
}
