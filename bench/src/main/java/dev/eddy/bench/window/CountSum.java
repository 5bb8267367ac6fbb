package dev.eddy.bench.window;

/** The peer's aggregate of one (key, window): how many events and their amounts added up. */
record CountSum(long count, double sum) {

  static final CountSum EMPTY = new CountSum(0, 0.0);

  CountSum plus(double amount) {
    return new CountSum(count + 1, sum + amount);
  }
}
