package dev.eddy.engine.format.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes a non-null internal value of one SQL type (chosen once, at build time). */
@FunctionalInterface
interface JsonWriter {

  void write(JsonGenerator json, Object value) throws IOException;
}
