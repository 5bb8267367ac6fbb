package dev.eddy.engine.exec;

import dev.eddy.engine.runtime.task.TaskHandle;
import dev.eddy.engine.state.KeyValueStore;
import java.util.Map;
import java.util.TreeMap;

import dev.eddy.engine.StatementResult;
import dev.eddy.engine.catalog.Column;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.catalog.TypeNames;
import dev.eddy.engine.query.PersistentQuery;
import dev.eddy.log.PartitionDescription;
import dev.eddy.log.TopicDescription;
import dev.eddy.sql.tree.SqlDescribe;
import java.util.List;
import java.util.stream.Collectors;

/**
 * DESCRIBE [EXTENDED] source: the columns, then (in the header) the topic, formats, queries
 * reading and writing it and, for EXTENDED, the topic's record counts and the processing errors.
 */
final class DescribeHandler implements StatementHandler<SqlDescribe> {

  private final EngineContext engine;

  DescribeHandler(EngineContext engine) {
    this.engine = engine;
  }

  @Override
  public StatementResult execute(SqlDescribe statement, StatementContext context) {
    SourceDefinition source = engine.catalog().get(statement.name().getSimple());
    Tables table = Tables.withHeader(context, header(source, statement.extended()), "Field", "Type");
    for (Column column : source.columns()) {
      table.row(column.name(), TypeNames.of(column.type()) + roleSuffix(column));
    }
    return table.build();
  }

  private String header(SourceDefinition source, boolean extended) {
    List<PersistentQuery> queries = engine.queries().using(source.name());
    StringBuilder header = new StringBuilder()
        .append("Name                 : ").append(source.name()).append('\n')
        .append("Type                 : ").append(source.kind().name()).append('\n')
        .append("Kafka topic          : ").append(source.topic()).append('\n')
        .append("Key format           : ").append(source.keyFormat()).append('\n')
        .append("Value format         : ").append(source.valueFormat()).append('\n')
        .append("Timestamp field      : ").append(source.timestampColumn() == null
            ? "Not set - using <ROWTIME>" : source.timestampColumn()).append('\n')
        .append(source.isWindowed() ? "Window               : " + source.window() + "\n" : "")
        .append("Queries that write   : ").append(ids(queries.stream().filter(q -> q.sink().equals(source.name())).toList())).append('\n')
        .append("Queries that read    : ").append(ids(queries.stream().filter(q -> q.sources().contains(source.name())).toList())).append('\n');
    if (extended) {
      engine.log().describeTopic(source.topic()).ifPresent(topic -> appendTopicStatistics(header, topic));
      for (PersistentQuery query : queries) {
        header.append("Query                : ").append(query.statistics()).append('\n');
        appendInternals(header, query);
      }
    }
    return header.toString();
  }

  /** A query's repartition topics, and its state stores' keys and bytes summed over its tasks. */
  private static void appendInternals(StringBuilder header, PersistentQuery query) {
    for (String topic : query.tasks().internalTopics()) {
      if (topic.contains("-repartition-")) {
        header.append("  Repartition topic  : ").append(topic).append('\n');
      }
    }
    Map<String, long[]> stores = new TreeMap<>();
    for (TaskHandle handle : query.tasks().handles()) {
      for (KeyValueStore<?, ?> store : handle.task().state().stores()) {
        long[] sum = stores.computeIfAbsent(store.name(), n -> new long[2]);
        sum[0] += store.size();
        sum[1] += store.bytes();
      }
    }
    stores.forEach((name, sum) -> header.append("  State store        : ").append(name).append(": ").append(sum[0])
        .append(" keys, ").append(sum[1]).append(" bytes\n"));
  }

  private static void appendTopicStatistics(StringBuilder header, TopicDescription topic) {
    long records = 0;
    long bytes = 0;
    for (PartitionDescription partition : topic.partitions()) {
      records += partition.endOffset() - partition.earliestOffset();
      bytes += partition.sizeBytes();
    }
    header.append("Partitions           : ").append(topic.partitions().size()).append('\n')
        .append("Messages             : ").append(records).append('\n')
        .append("Bytes                : ").append(bytes).append('\n');
  }

  private static String ids(List<PersistentQuery> queries) {
    return queries.isEmpty() ? "-" : queries.stream().map(PersistentQuery::id).collect(Collectors.joining(", "));
  }

  private static String roleSuffix(Column column) {
    return switch (column.role()) {
      case KEY -> "  (key)";
      case VALUE -> "";
      case HEADERS -> "  (headers)";
      case HEADER -> "  (header('" + column.headerKey() + "'))";
    };
  }
}
