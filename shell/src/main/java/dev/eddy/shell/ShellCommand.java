package dev.eddy.shell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command the shell answers itself instead of sending to the engine. {@code RUN SCRIPT} is
 * run here because the file is on the user's machine, which may not be the server's.
 */
sealed interface ShellCommand {

  /** {@code exit} or {@code quit}, with or without a {@code ;}. */
  record Exit() implements ShellCommand {}

  /** {@code RUN SCRIPT 'path';}: the path as written, quotes undoubled. */
  record RunScript(String path) implements ShellCommand {}

  Pattern EXIT = Pattern.compile("\\s*(exit|quit)\\s*;?\\s*", Pattern.CASE_INSENSITIVE);
  Pattern RUN_SCRIPT = Pattern.compile("\\s*RUN\\s+SCRIPT\\s+'((?:[^']|'')*)'\\s*;?\\s*",
      Pattern.CASE_INSENSITIVE);

  /** The command the text spells, or null when it is a statement for the engine. */
  static ShellCommand parse(String text) {
    if (EXIT.matcher(text).matches()) {
      return new Exit();
    }
    Matcher script = RUN_SCRIPT.matcher(text);
    if (script.matches()) {
      return new RunScript(script.group(1).replace("''", "'"));
    }
    return null;
  }
}
