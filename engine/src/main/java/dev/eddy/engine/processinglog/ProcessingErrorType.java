package dev.eddy.engine.processinglog;

/** Why a record or row was skipped; the {@code TYPE} column of the processing log. */
public enum ProcessingErrorType {
  /** The record's key or value bytes could not be decoded with the source's formats. */
  DESERIALIZATION_ERROR,
  /** An expression threw while evaluating a row (a bad cast, a division by zero). */
  EVALUATION_ERROR,
  /** An output row could not be encoded with the sink's formats. */
  SERIALIZATION_ERROR,
  /** A row arrived for a window that had already closed. */
  LATE_RECORD
}
