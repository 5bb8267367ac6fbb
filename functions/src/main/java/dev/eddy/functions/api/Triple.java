package dev.eddy.functions.api;

/** The input of a three-column aggregate; see {@link Pair}. */
public record Triple<A, B, C>(A first, B second, C third) {}
