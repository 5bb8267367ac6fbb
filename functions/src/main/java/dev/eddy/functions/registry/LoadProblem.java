package dev.eddy.functions.registry;

/**
 * A function that was skipped while loading, and why.
 *
 * @param source the jar path (or {@code built-in})
 * @param className the class at fault, or empty when the whole jar could not be read
 */
public record LoadProblem(String source, String className, String message) {

  @Override
  public String toString() {
    return source + (className.isEmpty() ? "" : " (" + className + ")") + ": " + message;
  }
}
