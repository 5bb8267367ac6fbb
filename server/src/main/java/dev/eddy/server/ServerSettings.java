package dev.eddy.server;

/**
 * How a server listens and what it accepts.
 *
 * @param host the address to bind
 * @param port the port; 0 picks a free one
 * @param maxRequestBytes the largest request body (and /inserts-stream line); larger get 413
 * @param headless whether a queries file is the deployment, so clients cannot change it
 */
public record ServerSettings(String host, int port, int maxRequestBytes, boolean headless) {

  public static ServerSettings of(String host, int port) {
    return new ServerSettings(host, port, EddyServer.DEFAULT_MAX_REQUEST_BYTES, false);
  }
}
