package dev.eddy.functions.api;

/** The input of a five-column aggregate; see {@link Pair}. */
public record Quintuple<A, B, C, D, E>(A first, B second, C third, D fourth, E fifth) {}
