package dev.eddy.engine.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Ranks known names by edit distance to a misspelled one, for "Did you mean" hints. */
public final class NearestNames {

  private NearestNames() {}

  /**
   * The known names close enough to {@code name} to be what the user meant: those at the
   * smallest edit distance found, if it is small for the name's length; at most three.
   */
  public static List<String> of(String name, Collection<String> known) {
    String wanted = name.toUpperCase(Locale.ROOT);
    // Short names need a tighter bound, or every three-letter name suggests every other.
    int limit = Math.max(1, Math.min(3, wanted.length() / 3));
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

  /** The hint for {@code name}: " Did you mean 'X'?" with its nearest known names, or empty. */
  public static String hint(String name, Collection<String> known) {
    return didYouMean(of(name, known));
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

  /**
   * Edit distance counting a swap of two adjacent letters as one edit (optimal string
   * alignment), since PGAE for PAGE is one slip of the fingers; plain Levenshtein (what
   * commons-text offers) charges a swap two.
   */
  static int distance(String wanted, String known) {
    String other = known.toUpperCase(Locale.ROOT);
    int[][] d = new int[wanted.length() + 1][other.length() + 1];
    for (int i = 0; i <= wanted.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= other.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= wanted.length(); i++) {
      for (int j = 1; j <= other.length(); j++) {
        int cost = wanted.charAt(i - 1) == other.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && wanted.charAt(i - 1) == other.charAt(j - 2) && wanted.charAt(i - 2) == other.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[wanted.length()][other.length()];
  }
}
