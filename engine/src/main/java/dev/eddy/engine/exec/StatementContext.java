package dev.eddy.engine.exec;

import dev.eddy.engine.command.Command;
import java.util.Map;

/**
 * One statement being executed.
 *
 * @param text the statement's text as written
 * @param session the session it runs in (its properties and variables)
 * @param replaying true while the command log is replayed at start: the statement was accepted
 *     before, so it is not appended again and its topics already exist
 * @param replayedQueryId when replaying a persistent query, the id it had; otherwise null
 */
public record StatementContext(String text, SessionState session, boolean replaying, String replayedQueryId) {

  public static StatementContext live(String text, SessionState session) {
    return new StatementContext(text, session, false, null);
  }

  public Map<String, String> properties() {
    return session.properties();
  }

  /** The command that records this statement in the command log. */
  public Command command(String queryId) {
    return new Command(text, session.variables(), session.overrides(), queryId);
  }
}
