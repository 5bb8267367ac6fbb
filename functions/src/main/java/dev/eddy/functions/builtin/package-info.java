/**
 * The built-in functions, one sub-package per family (string, math, datetime, collection,
 * lambda, json, url, conditional, aggregate, table). Each family class groups small nested
 * function classes written against the public {@link dev.eddy.functions.api} exactly as a user
 * UDF would be; {@link dev.eddy.functions.builtin.BuiltInFunctions} lists the families.
 * Names, argument rules and NULL behaviour follow ksqlDB.
 */
package dev.eddy.functions.builtin;
