package dev.eddy.bench.push;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.Recorder;

/**
 * One push-query client's response body, line by line: the header, then one {@code [id]} row
 * per line. For each row it records how long after its insert was acknowledged it arrived.
 *
 * <p>A row can reach the client before its ack reaches the inserter (readers see an append as
 * soon as it is written, the ack waits for the fsync); such a row counts as 0 µs, and is counted.
 */
final class PushClient implements Flow.Subscriber<String> {

  private static final JsonFactory JSON = new JsonFactory();

  private final AtomicLongArray ackNanos;
  private final Recorder latencyMicros;
  private final CompletableFuture<Void> listening = new CompletableFuture<>();
  private final CompletableFuture<Void> ended = new CompletableFuture<>();
  private volatile Flow.Subscription subscription;
  private volatile long rows;
  private volatile long beforeAck;

  /**
   * @param ackNanos when each row's insert was acknowledged (System.nanoTime), 0 until it is
   * @param latencyMicros where each row's latency goes; shared by the clients of a run
   */
  PushClient(AtomicLongArray ackNanos, Recorder latencyMicros) {
    this.ackNanos = ackNanos;
    this.latencyMicros = latencyMicros;
  }

  /** Completes when the header arrived: the server has started the query. */
  CompletableFuture<Void> listening() {
    return listening;
  }

  /** Completes when the response ended: the LIMIT was reached, or the server cut the client off. */
  CompletableFuture<Void> ended() {
    return ended;
  }

  long rows() {
    return rows;
  }

  long beforeAck() {
    return beforeAck;
  }

  /** Stops reading; the HTTP client then drops the connection, which ends the query. */
  void cancel() {
    Flow.Subscription current = subscription;
    if (current != null) {
      current.cancel();
    }
    ended.complete(null);
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(String line) {
    long now = System.nanoTime();
    if (line.startsWith("{")) {
      listening.complete(null);
      return;
    }
    if (line.isEmpty()) {
      return;
    }
    long acked = ackNanos.get((int) firstValue(line));
    if (acked == 0) {
      beforeAck++;
      latencyMicros.recordValue(0);
    } else {
      latencyMicros.recordValue(Math.max(0, (now - acked) / 1_000));
    }
    rows++;
  }

  @Override
  public void onError(Throwable error) {
    listening.completeExceptionally(error);
    ended.complete(null);
  }

  @Override
  public void onComplete() {
    listening.complete(null);
    ended.complete(null);
  }

  /** The first element of a JSON array line. */
  private static long firstValue(String line) {
    try (JsonParser parser = JSON.createParser(line)) {
      if (parser.nextToken() != JsonToken.START_ARRAY || parser.nextToken() != JsonToken.VALUE_NUMBER_INT) {
        throw new IllegalStateException("Not a row of one integer: " + line);
      }
      return parser.getLongValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
