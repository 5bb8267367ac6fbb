package dev.eddy.bench.nexmark;

/** Eddy refused the query's CREATE statement; the message is Eddy's first line of why. */
final class EddyCannotRun extends Exception {

  EddyCannotRun(String reason, Throwable cause) {
    super(reason, cause);
  }
}
