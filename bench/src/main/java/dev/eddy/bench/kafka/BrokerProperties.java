package dev.eddy.bench.kafka;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The server.properties of a single-node KRaft cluster (one process that is both broker and
 * controller) on 127.0.0.1. Everything not listed keeps Kafka's defaults, so the peer runs as
 * shipped; in particular Kafka does not fsync on its own (log.flush.interval.messages is
 * unset) and leaves durability to replication.
 */
final class BrokerProperties {

  private static final int NODE_ID = 1;

  private BrokerProperties() {}

  static Map<String, String> of(int brokerPort, int controllerPort, Path logDir) {
    Map<String, String> p = new TreeMap<>();
    p.put("process.roles", "broker,controller");
    p.put("node.id", Integer.toString(NODE_ID));
    // A static voter set: formatting needs no --standalone and the quorum is up at once.
    p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
    p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("log.dirs", logDir.toAbsolutePath().toString());
    // One node: the internal topics cannot have more replicas than that.
    p.put("offsets.topic.replication.factor", "1");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    return p;
  }

  static void write(Map<String, String> properties, Path file) throws IOException {
    Properties props = new Properties();
    props.putAll(properties);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      props.store(out, "Written by eddy-bench for a throwaway single-node KRaft cluster");
    }
  }
}
