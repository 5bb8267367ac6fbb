package dev.eddy.functions.api;

/**
 * The input of a two-column aggregate such as {@code CORRELATION(x, y)}: the engine passes both
 * column values of a row as one {@code Pair}.
 */
public record Pair<A, B>(A left, B right) {}
