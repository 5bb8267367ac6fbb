package dev.eddy.functions.registry;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The known names closest to a misspelt one, for "did you mean" hints: by edit distance, within
 * a third of the name's length (at least 2), or names that start with it.
 */
final class NameSuggester {

  private NameSuggester() {}

  static List<String> nearest(String name, Collection<String> known, int limit) {
    String wanted = name.toUpperCase(Locale.ROOT);
    int threshold = Math.max(2, wanted.length() / 3);
    record Scored(String name, int distance) {}
    return known.stream()
        .map(k -> new Scored(k, k.startsWith(wanted) ? 0 : distance(wanted, k)))
        .filter(s -> s.distance() <= threshold)
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .limit(limit)
        .map(Scored::name)
        .toList();
  }

  /** Levenshtein distance with two rolling rows. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
