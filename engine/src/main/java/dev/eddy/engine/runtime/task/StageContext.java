package dev.eddy.engine.runtime.task;

import dev.eddy.engine.processinglog.ProcessingErrorType;
import dev.eddy.engine.processinglog.ProcessingLogEntry;
import dev.eddy.engine.runtime.OperatorContext;
import dev.eddy.engine.runtime.RowFormatter;
import dev.eddy.engine.runtime.RowKind;
import dev.eddy.engine.state.KeyValueStore;
import dev.eddy.engine.state.TaskState;

/** The {@link OperatorContext} of one operator in an {@link OperatorChain}. */
final class StageContext implements OperatorContext {

  private final TaskServices services;
  private final OperatorMetrics metrics;
  private final OperatorChain chain;
  private final TaskState state;

  StageContext(TaskServices services, OperatorMetrics metrics, OperatorChain chain, TaskState state) {
    this.services = services;
    this.metrics = metrics;
    this.chain = chain;
    this.state = state;
  }

  @Override
  public <K, V> KeyValueStore<K, V> store(String name) {
    KeyValueStore<K, V> store = state.keyValueStore(metrics.operatorId() + "/" + name);
    metrics.addStore(store);
    return store;
  }

  @Override
  public String queryId() {
    return services.queryId();
  }

  @Override
  public String operatorId() {
    return metrics.operatorId();
  }

  @Override
  public long streamTime() {
    return chain.streamTime();
  }

  @Override
  public void reportRowError(RowKind kind, Object[] row, long rowtime, Throwable error) {
    metrics.addError();
    services.processingLogger().log(ProcessingLogEntry.forRow(
        services.clock().getAsLong(), services.queryId(), metrics.operatorId(),
        ProcessingErrorType.EVALUATION_ERROR, error, RowFormatter.format(kind, row, rowtime)));
  }

  @Override
  public void reportLateRow(RowKind kind, Object[] row, long rowtime, String reason) {
    metrics.addLateRow();
    services.processingLogger().log(new ProcessingLogEntry(services.clock().getAsLong(), services.queryId(),
        metrics.operatorId(), ProcessingErrorType.LATE_RECORD, reason, null, null, null, null, null, null,
        RowFormatter.format(kind, row, rowtime)));
  }

  @Override
  public void requestEnd() {
    chain.requestEnd();
  }
}
