package dev.eddy.jdbc;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A streamed HTTP response read as lines of UTF-8, which another thread may close while a line
 * is awaited: closing drops the response itself, which wakes the waiting reader. (Closing the
 * {@link BufferedReader} instead would wait for the line, since it reads under the same lock.)
 */
final class ResponseLines implements Closeable {

  private final InputStream response;
  private final BufferedReader lines;

  ResponseLines(InputStream response) {
    this.response = response;
    this.lines = new BufferedReader(new InputStreamReader(response, StandardCharsets.UTF_8));
  }

  /** The next line, waiting for it; null at the end of the response. */
  String readLine() throws IOException {
    return lines.readLine();
  }

  /** Drops the response; a failure to drop it changes nothing for the caller, so none is thrown. */
  @Override
  public void close() {
    try {
      response.close();
    } catch (IOException e) {
      // The connection is going either way.
    }
  }
}
