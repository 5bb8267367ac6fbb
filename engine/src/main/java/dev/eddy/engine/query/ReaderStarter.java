package dev.eddy.engine.query;

import dev.eddy.engine.runtime.Sink;

/** Starts the tasks of a shared push reader, all writing one sink (the launcher's job). */
@FunctionalInterface
interface ReaderStarter {

  /**
   * @param readerId the id the tasks run under
   * @param output where every task writes; it is never full and is thread-safe
   */
  RunningTasks start(String readerId, Sink output);
}
