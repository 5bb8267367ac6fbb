/**
 * The harness's test functions: the user functions ksqlDB's query-validation tests call besides
 * the built-ins (TEST_UDF, BAD_UDF, VAR_ARG, TEST_UDTF, ...), which ksqlDB's own harness has on
 * its test class path. Eddy's runner loads them into every engine it starts through the public
 * extension hook {@code eddy.extension.classes} ({@link dev.eddy.conformance.udf.TestFunctions}),
 * so they also exercise the UDF API the way a user's jar does. Each is written from the
 * behaviour its cases expect, not from ksqlDB's code.
 */
package dev.eddy.conformance.udf;
