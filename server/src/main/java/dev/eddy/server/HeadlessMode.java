package dev.eddy.server;

import dev.eddy.engine.HeadlessDeployment;
import dev.eddy.engine.StatementException;
import java.util.List;

/**
 * Whether the server runs headless from a queries file, as ksqlDB's headless mode does: then the
 * file is the deployment, and clients may query, describe and insert but not create, drop or
 * terminate anything.
 */
final class HeadlessMode {

  static final HeadlessMode OFF = new HeadlessMode(false);
  static final HeadlessMode ON = new HeadlessMode(true);

  private final boolean headless;

  private HeadlessMode(boolean headless) {
    this.headless = headless;
  }

  static HeadlessMode of(boolean headless) {
    return headless ? ON : OFF;
  }

  /** Throws the refusal when {@code sql} would change a headless deployment; nothing has run then. */
  void check(String sql) {
    if (!headless) {
      return;
    }
    List<String> changes = HeadlessDeployment.deploymentChanges(sql);
    if (!changes.isEmpty()) {
      throw new StatementException(StatementException.Kind.INVALID, "This server runs headless from a queries file "
          + "(--queries-file), which alone decides its streams, tables and persistent queries; it refuses: "
          + changes.get(0), 0, 0, null, null);
    }
  }
}
