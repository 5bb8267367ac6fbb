package dev.eddy.engine.processinglog;

import dev.eddy.log.LogRecord;
import dev.eddy.log.TopicPartition;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * One processing-log entry: a record or row the engine skipped, and why.
 *
 * <p>Written as a JSON object to the topic {@value ProcessingLogger#TOPIC} (no key), one field per
 * component, in this order; the names avoid SQL reserved words so no column needs quoting.
 * Declare the stream over it as:
 * <pre>
 * CREATE STREAM EDDY_PROCESSING_LOG (
 *   LOGGED_AT TIMESTAMP, QUERY_ID STRING, OPERATOR STRING, ERROR_TYPE STRING, MESSAGE STRING,
 *   CAUSE STRING, RECORD_TOPIC STRING, RECORD_PARTITION INT, RECORD_OFFSET BIGINT,
 *   RECORD_KEY STRING, RECORD_VALUE STRING, FAILED_ROW STRING)
 *   WITH (KAFKA_TOPIC='eddy_processing_log', VALUE_FORMAT='JSON', KEY_FORMAT='NONE');
 * </pre>
 * Absent parts are JSON {@code null}. The record timestamp is {@code LOGGED_AT}.
 *
 * @param loggedAt when the entry was written, epoch ms (TIMESTAMP)
 * @param queryId the query that skipped the record
 * @param operator the operator or stage that failed, e.g. {@code source}, {@code 1:Calc}
 * @param type why (ERROR_TYPE: the {@link ProcessingErrorType} name)
 * @param message the error message
 * @param cause the messages of the exception's causes, joined with {@code "; "}, or null
 * @param topic RECORD_TOPIC: the source record's topic, or null when the failing row has no single record
 * @param partition RECORD_PARTITION: the source record's partition, or null
 * @param offset RECORD_OFFSET: the source record's offset, or null
 * @param recordKey the key bytes as UTF-8 text when printable, else {@code base64:...}
 * @param recordValue the value bytes, rendered like {@code recordKey}
 * @param row FAILED_ROW: the failing row in {@code +I[...]} form for evaluation errors, or null
 */
public record ProcessingLogEntry(
    long loggedAt,
    String queryId,
    String operator,
    ProcessingErrorType type,
    String message,
    String cause,
    String topic,
    Integer partition,
    Long offset,
    String recordKey,
    String recordValue,
    String row) {

  public ProcessingLogEntry {
    Objects.requireNonNull(queryId, "queryId");
    Objects.requireNonNull(type, "type");
  }

  /** An entry for a source record that failed (e.g. to deserialize). */
  public static ProcessingLogEntry forRecord(long loggedAt, String queryId, String operator,
      ProcessingErrorType type, Throwable error, TopicPartition source, LogRecord record) {
    return new ProcessingLogEntry(loggedAt, queryId, operator, type, messageOf(error), causesOf(error),
        source.topic(), source.partition(), record.offset(),
        RecordText.describe(record.key()), RecordText.describe(record.value()), null);
  }

  /** An entry for a row that failed inside the pipeline, where no single source record is known. */
  public static ProcessingLogEntry forRow(long loggedAt, String queryId, String operator,
      ProcessingErrorType type, Throwable error, String row) {
    return new ProcessingLogEntry(loggedAt, queryId, operator, type, messageOf(error), causesOf(error),
        null, null, null, null, null, row);
  }

  private static String messageOf(Throwable error) {
    // Some JDK exceptions (NullPointerException without helpful message) carry no text.
    return error.getMessage() != null ? error.getMessage() : error.getClass().getName();
  }

  private static String causesOf(Throwable error) {
    StringJoiner causes = new StringJoiner("; ");
    for (Throwable cause = error.getCause(); cause != null && cause != error; cause = cause.getCause()) {
      causes.add(messageOf(cause));
    }
    return causes.length() == 0 ? null : causes.toString();
  }
}
