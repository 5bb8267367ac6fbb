package dev.eddy.bench.kafka;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import dev.eddy.bench.CpuMeter;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker, from Kafka's own jars, as a child process: its storage is
 * formatted with Kafka's StorageTool, then {@code kafka.Kafka server.properties} runs until
 * {@link #close()}, which a shutdown hook also calls so an interrupted run leaves no broker.
 */
public final class KafkaBroker implements AutoCloseable {

  /** Kafka's own start script runs the broker with these (kafka-server-start.sh, kafka-run-class.sh). */
  private static final List<String> KAFKA_JVM_OPTIONS =
      List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
          "-XX:InitiatingHeapOccupancyPercent=35", "-XX:+ExplicitGCInvokesConcurrent",
          "-Djava.awt.headless=true");

  private final Process process;
  private final Path log;
  private final String bootstrapServers;
  private final Thread hook;

  private KafkaBroker(Process process, Path log, String bootstrapServers) {
    this.process = process;
    this.log = log;
    this.bootstrapServers = bootstrapServers;
    this.hook = new Thread(this::stop, "kafka-broker-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Formats storage in {@code dir}, starts the broker and waits until it serves clients. */
  public static KafkaBroker start(Path dir, Duration deadline) throws IOException, InterruptedException {
    int[] ports = FreePorts.take(2);
    Path logDir = Files.createDirectories(dir.resolve("data"));
    Path config = dir.resolve("server.properties");
    BrokerProperties.write(BrokerProperties.of(ports[0], ports[1], logDir), config);
    Path log = dir.resolve("broker.log");

    format(config, log, deadline);
    Process process = ChildJvm.start(KAFKA_JVM_OPTIONS, "kafka.Kafka", List.of(config.toString()), log);
    KafkaBroker broker = new KafkaBroker(process, log, "127.0.0.1:" + ports[0]);
    try {
      broker.awaitReady(ports[0], deadline);
    } catch (IOException | RuntimeException | InterruptedException e) {
      broker.close();
      throw e;
    }
    return broker;
  }

  private static void format(Path config, Path log, Duration deadline)
      throws IOException, InterruptedException {
    Process format =
        ChildJvm.start(
            List.of("-Xmx256m"),
            "kafka.tools.StorageTool",
            List.of("format", "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString()),
            log);
    if (!format.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
      format.destroyForcibly();
      throw new IOException("Kafka's StorageTool format did not finish within " + deadline);
    }
    if (format.exitValue() != 0) {
      throw new IOException("Kafka's StorageTool format failed:\n" + ChildJvm.tail(log, 20));
    }
  }

  /**
   * Ready means an AdminClient sees the broker in the cluster's metadata. The client is only
   * created once the port accepts connections, so it does not log a warning per refused attempt.
   */
  private void awaitReady(int port, Duration deadline) throws IOException, InterruptedException {
    Instant end = Instant.now().plus(deadline);
    while (!accepts(port)) {
      checkAlive(end, deadline);
      TimeUnit.MILLISECONDS.sleep(200);
    }
    try (Admin admin = admin()) {
      while (true) {
        try {
          if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000)).nodes()
              .get(3, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (ExecutionException | TimeoutException notYet) {
          // No broker registered yet: ask again until the deadline.
        }
        checkAlive(end, deadline);
        TimeUnit.MILLISECONDS.sleep(200);
      }
    }
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }

  private void checkAlive(Instant end, Duration deadline) throws IOException {
    if (!process.isAlive()) {
      throw new IOException(
          "the Kafka broker exited with " + process.exitValue() + ":\n" + ChildJvm.tail(log, 30));
    }
    if (Instant.now().isAfter(end)) {
      throw new IOException(
          "the Kafka broker did not serve clients within " + deadline + ":\n" + ChildJvm.tail(log, 30));
    }
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** Counts the broker's CPU along with this JVM's (where the clients run). */
  public CpuMeter cpuMeter() {
    return CpuMeter.thisJvmAnd(process.toHandle());
  }

  /** An admin client for this broker; the caller closes it. */
  public Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000));
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running already.
    }
  }

  /** SIGTERM gives Kafka its controlled shutdown; a broker that hangs is killed. */
  private void stop() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
