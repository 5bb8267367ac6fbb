package dev.eddy.engine.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Ranks known names by edit distance to a misspelled one, for "Did you mean" hints. */
public final class NearestNames {

  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private NearestNames() {}

  /**
   * The known names close enough to {@code name} to be what the user meant: those at the
   * smallest edit distance found, if it is small for the name's length; at most three.
   */
  public static List<String> of(String name, Collection<String> known) {
    String wanted = name.toUpperCase(Locale.ROOT);
    // Short names need a tighter bound, or every three-letter name suggests every other; a
    // swap of two letters (PGAE for PAGE) costs 2.
    int limit = Math.max(1, Math.min(3, wanted.length() / 2));
    int best = known.stream().mapToInt(k -> distance(wanted, k)).min().orElse(Integer.MAX_VALUE);
    if (best > limit) {
      return List.of();
    }
    return known.stream()
        .filter(k -> distance(wanted, k) == best)
        .sorted()
        .limit(3)
        .toList();
  }

  /** " Did you mean 'X'?" or " Did you mean 'X' or 'Y'?"; empty without suggestions. */
  public static String didYouMean(List<String> suggestions) {
    if (suggestions.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(" Did you mean ");
    for (int i = 0; i < suggestions.size(); i++) {
      if (i > 0) {
        text.append(i == suggestions.size() - 1 ? " or " : ", ");
      }
      text.append('\'').append(suggestions.get(i)).append('\'');
    }
    return text.append('?').toString();
  }

  private static int distance(String wanted, String known) {
    return DISTANCE.apply(wanted, known.toUpperCase(Locale.ROOT));
  }
}
