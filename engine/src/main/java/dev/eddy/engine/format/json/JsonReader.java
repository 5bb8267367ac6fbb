package dev.eddy.engine.format.json;

import com.fasterxml.jackson.databind.JsonNode;

/** Converts a non-null JSON node to the internal value of one SQL type (chosen once, at build time). */
@FunctionalInterface
interface JsonReader {

  Object read(JsonNode node);
}
