package dev.eddy.functions.builtin.string;

import dev.eddy.functions.api.UdfException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiled regular expressions by source text. Patterns are nearly always query constants, so
 * a small LRU cache turns per-row compilation into a lookup; its bound keeps a column of
 * distinct patterns from growing memory.
 */
final class PatternCache {

  private static final int MAX = 256;

  private static final Map<String, Pattern> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
      return size() > MAX;
    }
  };

  private PatternCache() {}

  static Pattern get(String regex) {
    synchronized (CACHE) {
      Pattern p = CACHE.get(regex);
      if (p == null) {
        try {
          p = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
          throw new UdfException("Invalid regular expression pattern: " + regex, e);
        }
        CACHE.put(regex, p);
      }
      return p;
    }
  }
}
