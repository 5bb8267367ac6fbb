package dev.eddy.conformance.udf;

/** String lengths for the test aggregates, NULL counting as empty. */
final class Lengths {

  private Lengths() {}

  static int of(String s) {
    return s == null ? 0 : s.length();
  }

  static long total(String... strings) {
    long total = 0;
    for (String s : strings) {
      total += of(s);
    }
    return total;
  }
}
