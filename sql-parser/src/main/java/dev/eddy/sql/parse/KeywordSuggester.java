package dev.eddy.sql.parse;

import java.util.Collection;
import java.util.Locale;

/**
 * Guesses the keyword a misspelled word was meant to be ({@code SELEC} → SELECT, {@code FORM}
 * → FROM) by optimal-string-alignment distance, which counts a swap of neighbours as one edit.
 * Short words tolerate one edit, longer ones two, so unrelated words are not "corrected".
 */
final class KeywordSuggester {

  private KeywordSuggester() {
  }

  /** The closest candidate within the tolerance, or null. Ties go to the first in iteration order. */
  static String suggest(String word, Collection<String> candidates) {
    String upper = word.toUpperCase(Locale.ROOT);
    int tolerance = upper.length() <= 4 ? 1 : 2;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(upper, candidate);
      if (distance > 0 && distance <= tolerance && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 2) {
      return Integer.MAX_VALUE;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
