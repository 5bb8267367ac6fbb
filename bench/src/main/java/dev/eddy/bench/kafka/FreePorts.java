package dev.eddy.bench.kafka;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Ports the kernel hands out as free on 127.0.0.1. The broker binds them moments later in
 * another process; the small race is acceptable for a benchmark that retries nothing silently.
 */
final class FreePorts {

  private FreePorts() {}

  static int[] take(int count) throws IOException {
    ServerSocket[] sockets = new ServerSocket[count];
    int[] ports = new int[count];
    try {
      // Held open together so the kernel cannot hand the same port out twice.
      for (int i = 0; i < count; i++) {
        sockets[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        ports[i] = sockets[i].getLocalPort();
      }
    } finally {
      for (ServerSocket socket : sockets) {
        if (socket != null) {
          socket.close();
        }
      }
    }
    return ports;
  }
}
