package dev.eddy.bench.nexmark;

import org.apache.flink.table.functions.ScalarFunction;

/** Nexmark's q14 UDF for Flink: how many times a character occurs in a string. */
public final class CountChar extends ScalarFunction {

  public long eval(String text, String character) {
    if (text == null || character == null || character.isEmpty()) {
      return 0;
    }
    char c = character.charAt(0);
    long count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        count++;
      }
    }
    return count;
  }
}
