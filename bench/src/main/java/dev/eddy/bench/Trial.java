package dev.eddy.bench;

/** One timed run of a figure; it sets itself up untimed and times only the work. */
@FunctionalInterface
public interface Trial {
  Throughput run(long records) throws Exception;
}
