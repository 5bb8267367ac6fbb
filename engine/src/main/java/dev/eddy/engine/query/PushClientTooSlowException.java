package dev.eddy.engine.query;

/**
 * Why a subscriber of a shared push query was cut off: its client read too slowly, so its
 * queue filled up. The shared reader cannot wait for one client without stalling every other
 * client of the same query, so that client's query ends instead.
 */
public final class PushClientTooSlowException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  PushClientTooSlowException(int bufferedRows) {
    super("push query client too slow: " + bufferedRows + " rows buffered");
  }
}
