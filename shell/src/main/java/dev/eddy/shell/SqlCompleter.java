package dev.eddy.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion. What is offered depends on the word before the cursor's word: after
 * {@code SET}/{@code UNSET} only property names; after {@code FROM}, {@code JOIN}, {@code INTO},
 * {@code DESCRIBE} and {@code DROP STREAM|TABLE} only stream and table names; anywhere else
 * keywords, stream and table names, column names and function names. JLine narrows the list to
 * the typed prefix (case-insensitively, see {@link InteractiveShell}).
 */
final class SqlCompleter implements Completer {

  private static final Set<String> BEFORE_SOURCE = Set.of("FROM", "JOIN", "INTO", "DESCRIBE");
  private static final Set<String> BEFORE_PROPERTY = Set.of("SET", "UNSET");

  private volatile CompletionNames names;

  SqlCompleter(CompletionNames names) {
    this.names = names;
  }

  void update(CompletionNames names) {
    this.names = names;
  }

  CompletionNames names() {
    return names;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    List<String> before = line.words().subList(0, Math.min(line.wordIndex(), line.words().size()));
    candidates.addAll(candidates(before));
  }

  /** @param wordsBefore the words of the buffer before the one being completed */
  List<Candidate> candidates(List<String> wordsBefore) {
    String previous = wordsBefore.isEmpty() ? "" : wordsBefore.get(wordsBefore.size() - 1).toUpperCase(Locale.ROOT);
    String beforePrevious = wordsBefore.size() < 2 ? "" : wordsBefore.get(wordsBefore.size() - 2).toUpperCase(Locale.ROOT);
    CompletionNames known = names;
    List<Candidate> candidates = new ArrayList<>();
    if (BEFORE_PROPERTY.contains(previous)) {
      // Property names are string literals; the user opens the quote (SET 'au<Tab>), the
      // parser hands over the word without it and JLine closes it after the chosen name.
      known.properties().forEach(p -> candidates.add(candidate(p, "property")));
      return candidates;
    }
    boolean dropSource = beforePrevious.equals("DROP") && (previous.equals("STREAM") || previous.equals("TABLE"));
    if (BEFORE_SOURCE.contains(previous) || dropSource) {
      known.sources().forEach(s -> candidates.add(candidate(s, "stream or table")));
      return candidates;
    }
    SqlKeywords.ALL.forEach(k -> candidates.add(candidate(k, "keyword")));
    known.sources().forEach(s -> candidates.add(candidate(s, "stream or table")));
    known.columns().forEach(c -> candidates.add(candidate(c, "column")));
    known.functions().forEach(f -> candidates.add(candidate(f, "function")));
    return candidates;
  }

  private static Candidate candidate(String value, String group) {
    return new Candidate(value, value, group, null, null, null, true);
  }
}
