package dev.eddy.conformance;

/** How one run ended, with the first difference (failed) or the reason (skipped). */
public record Outcome(QttRun run, Status status, String detail, long millis) {

  public enum Status { PASSED, FAILED, SKIPPED }

  public static Outcome passed(QttRun run, long millis) {
    return new Outcome(run, Status.PASSED, null, millis);
  }

  public static Outcome failed(QttRun run, String detail, long millis) {
    return new Outcome(run, Status.FAILED, detail, millis);
  }

  public static Outcome skipped(QttRun run, String reason) {
    return new Outcome(run, Status.SKIPPED, reason, 0);
  }
}
