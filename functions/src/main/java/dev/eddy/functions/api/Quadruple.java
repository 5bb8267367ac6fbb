package dev.eddy.functions.api;

/** The input of a four-column aggregate; see {@link Pair}. */
public record Quadruple<A, B, C, D>(A first, B second, C third, D fourth) {}
