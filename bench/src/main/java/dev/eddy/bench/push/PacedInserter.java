package dev.eddy.bench.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Inserts rows {@code {"id":0}, {"id":1}, ...} through one {@code POST /inserts-stream} at a
 * steady rate and notes when each ack arrives. A plain socket, since the body must go out while
 * acks come back on the same HTTP/1.1 request, which Java's HttpClient does not do.
 */
final class PacedInserter {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** How often the pacer wakes to send the rows that have come due. */
  private static final long TICK_NANOS = TimeUnit.MICROSECONDS.toNanos(500);

  private final int port;
  private final String stream;

  PacedInserter(int port, String stream) {
    this.port = port;
    this.stream = stream;
  }

  /**
   * Sends {@code ackNanos.length()} rows at {@code rowsPerSecond} and returns once each is acked,
   * with each ack's arrival (System.nanoTime) in {@code ackNanos}.
   */
  void run(int rowsPerSecond, AtomicLongArray ackNanos) throws IOException, InterruptedException {
    int total = ackNanos.length();
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setTcpNoDelay(true);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /inserts-stream HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      chunk(out, "{\"target\":\"" + stream + "\"}\n");
      AckReader acks = new AckReader(socket, ackNanos);
      acks.start();
      long start = System.nanoTime();
      int sent = 0;
      while (sent < total) {
        long due = Math.min(total, (System.nanoTime() - start) * rowsPerSecond / 1_000_000_000L + 1);
        if (due > sent) {
          StringBuilder rows = new StringBuilder();
          for (; sent < due; sent++) {
            rows.append("{\"id\":").append(sent).append("}\n");
          }
          chunk(out, rows.toString());
        }
        LockSupport.parkNanos(TICK_NANOS);
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
      acks.join();
      if (acks.failure != null) {
        throw acks.failure;
      }
      if (acks.count < total) {
        throw new IOException("Only " + acks.count + " of " + total + " inserts were acknowledged");
      }
    }
  }

  private static void chunk(OutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.write(bytes);
    out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Reads the response: a JSON ack per row ({@code {"status":"ok","seq":N}}) among chunk framing. */
  private static final class AckReader extends Thread {
    private final Socket socket;
    private final AtomicLongArray ackNanos;
    private volatile IOException failure;
    private volatile int count;

    AckReader(Socket socket, AtomicLongArray ackNanos) {
      super("push-fanout-acks");
      setDaemon(true);
      this.socket = socket;
      this.ackNanos = ackNanos;
    }

    @Override
    public void run() {
      try {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while (count < ackNanos.length() && (line = in.readLine()) != null) {
          if (!line.startsWith("{")) {
            continue;
          }
          long now = System.nanoTime();
          JsonNode ack = MAPPER.readTree(line);
          if (!"ok".equals(ack.path("status").asText())) {
            throw new IOException("Insert refused: " + line);
          }
          ackNanos.set(ack.get("seq").asInt(), now);
          count++;
        }
      } catch (IOException e) {
        failure = e;
      }
    }
  }
}
