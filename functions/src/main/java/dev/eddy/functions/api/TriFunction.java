package dev.eddy.functions.api;

/** A three-argument lambda, e.g. {@code REDUCE(map, s, (s, k, v) => ...)}. */
@FunctionalInterface
public interface TriFunction<A, B, C, R> {

  R apply(A a, B b, C c);
}
