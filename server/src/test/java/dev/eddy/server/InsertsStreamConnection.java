package dev.eddy.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A client of /inserts-stream over a plain socket, since it must send rows and read acks at
 * the same time on one HTTP/1.1 request (Java's HttpClient sends the whole body first): the body
 * goes out one chunk per line, and acks are read line by line, skipping the chunk framing. It
 * asks the server to close the connection after the response, so the end of the acks shows.
 */
final class InsertsStreamConnection implements AutoCloseable {

  private final Socket socket;
  private final OutputStream out;
  private final BufferedReader in;

  InsertsStreamConnection(int port) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(60_000);
    out = socket.getOutputStream();
    in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    out.write(("POST /inserts-stream HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Sends one line of the body as a chunk of its own. */
  void send(String line) throws IOException {
    byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.write(bytes);
    out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Ends the request body. */
  void finish() throws IOException {
    out.write("0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** The response's status line. */
  String statusLine() throws IOException {
    return in.readLine();
  }

  /** The next JSON line of the response (an ack or an error), or null once it has ended. */
  String nextJson() throws IOException {
    String line;
    do {
      line = in.readLine();
    } while (line != null && !line.startsWith("{"));
    return line;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
