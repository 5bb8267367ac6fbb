package dev.eddy.engine.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eddy.log.FetchResult;
import dev.eddy.log.FlushPolicy;
import dev.eddy.log.LogRecord;
import dev.eddy.log.LogStore;
import dev.eddy.log.PartitionLog;
import dev.eddy.log.Record;
import dev.eddy.log.TopicConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's history of accepted statements, in an internal topic of the log. A statement is
 * appended (durably: the topic fsyncs every batch) before it takes effect, so replaying the
 * topic on start rebuilds the catalog and restarts every persistent query.
 */
public final class CommandLog {

  public static final String TOPIC = "__eddy_commands";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int READ_BYTES = 1 << 20;

  private final PartitionLog log;

  public CommandLog(LogStore store) {
    if (store.describeTopic(TOPIC).isEmpty()) {
      store.createTopic(TOPIC, TopicConfig.builder()
          .partitions(1)
          .retentionMs(-1)
          .flushPolicy(FlushPolicy.EVERY_BATCH)
          .build());
    }
    this.log = store.topic(TOPIC).partition(0);
  }

  /** Appends a command; when this returns the command survives a crash. */
  public void append(Command command) {
    try {
      byte[] value = JSON.writeValueAsBytes(command);
      log.append(List.of(new Record(null, value, System.currentTimeMillis(), List.of())));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot encode command " + command, e);
    }
  }

  /** Every command ever appended, oldest first. */
  public List<Command> readAll() {
    List<Command> commands = new ArrayList<>();
    long offset = log.earliestOffset();
    while (offset < log.endOffset()) {
      FetchResult fetched = log.read(offset, READ_BYTES);
      for (LogRecord record : fetched.records()) {
        commands.add(decode(record));
      }
      offset = fetched.nextOffset();
    }
    return commands;
  }

  private static Command decode(LogRecord record) {
    try {
      return JSON.readValue(record.value(), Command.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Command at offset " + record.offset() + " of " + TOPIC + " cannot be read", e);
    }
  }
}
