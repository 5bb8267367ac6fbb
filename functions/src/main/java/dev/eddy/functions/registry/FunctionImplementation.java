package dev.eddy.functions.registry;

/**
 * How to run one overload: a Java method for scalar and table functions, a factory of
 * {@link dev.eddy.functions.api.Udaf}s for aggregates.
 */
public sealed interface FunctionImplementation
    permits MethodImplementation, AggregateImplementation {}
