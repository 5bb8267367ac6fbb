package dev.eddy.bench.log;

/** How many writers (appenders, producer threads) write how many partitions. */
record Shape(int writers, int partitions) {
  @Override
  public String toString() {
    return "writers=" + writers + " partitions=" + partitions;
  }
}
