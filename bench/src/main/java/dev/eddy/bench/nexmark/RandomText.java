package dev.eddy.bench.nexmark;

import java.util.SplittableRandom;

/** The nexmark generator's random strings: words with spaces, and filler of an average length. */
final class RandomText {

  private static final int MIN_LENGTH = 3;

  private RandomText() {}

  /** Lower-case letters, one in 13 a {@code spacer}, {@code 3..maxLength-1} long (trimmed if spacer is ' '). */
  static String next(SplittableRandom random, int maxLength, char spacer) {
    int length = MIN_LENGTH + random.nextInt(maxLength - MIN_LENGTH);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(random.nextInt(13) == 0 ? spacer : (char) ('a' + random.nextInt(26)));
    }
    return text.toString().trim();
  }

  static String next(SplittableRandom random, int maxLength) {
    return next(random, maxLength, ' ');
  }

  /** Letters only, exactly {@code length} of them. */
  static String exact(SplittableRandom random, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  /**
   * Filler that brings an event of {@code currentSize} bytes to {@code averageSize} on average:
   * uniformly within 20% of the gap.
   */
  static String extra(SplittableRandom random, int currentSize, int averageSize) {
    if (currentSize > averageSize) {
      return "";
    }
    int gap = averageSize - currentSize;
    int delta = (int) Math.round(gap * 0.2);
    int size = gap - delta + (delta == 0 ? 0 : random.nextInt(2 * delta));
    return exact(random, size);
  }
}
