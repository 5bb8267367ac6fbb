package dev.eddy.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TopicAdminTest {

  @TempDir
  Path dir;

  static Stream<Arguments> badNames() {
    return Stream.of(
        Arguments.of("", "topic name must not be empty"),
        Arguments.of(".", "topic name must not be '.' or '..'"),
        Arguments.of("..", "topic name must not be '.' or '..'"),
        Arguments.of("a/b", "topic name 'a/b' contains '/' at index 1; only ASCII letters, digits, '.', '_' and '-' are allowed"),
        Arguments.of("x".repeat(250), "topic name is 250 characters long; the limit is 249"),
        Arguments.of("café", "topic name 'café' contains 'é' at index 3; only ASCII letters, digits, '.', '_' and '-' are allowed"),
        Arguments.of("a b", "topic name 'a b' contains ' ' at index 1; only ASCII letters, digits, '.', '_' and '-' are allowed"),
        Arguments.of("..\\x", "topic name '..\\x' contains '\\' at index 2; only ASCII letters, digits, '.', '_' and '-' are allowed"));
  }

  @ParameterizedTest
  @MethodSource("badNames")
  void badNamesAreRefusedNamingTheRuleAndCreateNothing(String name, String message) throws IOException {
    try (FileLogStore store = FileLogStore.open(dir)) {
      List<Path> before = listTree();
      assertThatThrownBy(() -> store.createTopic(name, TopicConfig.DEFAULT))
          .isInstanceOf(InvalidTopicException.class)
          .hasMessage(message);
      assertThat(listTree()).isEqualTo(before);
      assertThat(store.listTopics()).containsExactly("__consumer_offsets");
    }
  }

  @Test
  void longestLegalNameIsAccepted() {
    try (FileLogStore store = FileLogStore.open(dir)) {
      String name = "a._-Z9".repeat(41) + "abc";
      assertThat(name).hasSize(249);
      assertThat(store.createTopic(name, TopicConfig.DEFAULT).name()).isEqualTo(name);
    }
  }

  @Test
  void createDescribeListDelete() {
    try (FileLogStore store = FileLogStore.open(dir)) {
      TopicConfig config = TopicConfig.builder().partitions(3).retentionMs(-1).build();
      TopicDescription created = store.createTopic("b-topic", config);
      assertThat(created.partitions()).containsExactly(
          new PartitionDescription(0, 0, 0, 0, 1), new PartitionDescription(1, 0, 0, 0, 1), new PartitionDescription(2, 0, 0, 0, 1));
      store.createTopic("a.topic", TopicConfig.DEFAULT);
      assertThat(store.listTopics()).containsExactly("__consumer_offsets", "a.topic", "b-topic");
      assertThatThrownBy(() -> store.createTopic("a.topic", TopicConfig.DEFAULT))
          .isInstanceOf(TopicExistsException.class).hasMessage("topic 'a.topic' already exists");

      store.topic("b-topic").partition(2).append(TestRecords.records(0, 3, 10));
      PartitionDescription p2 = store.describeTopic("b-topic").orElseThrow().partitions().get(2);
      assertThat(p2.endOffset()).isEqualTo(3);
      assertThat(p2.sizeBytes()).isPositive();
      assertThat(store.describeTopic("b-topic").orElseThrow().config()).isEqualTo(config);

      assertThatThrownBy(() -> store.topic("b-topic").partition(3))
          .isInstanceOf(UnknownPartitionException.class).hasMessage("topic 'b-topic' has partitions 0 to 2, not 3");

      store.deleteTopic("b-topic");
      assertThat(store.listTopics()).containsExactly("__consumer_offsets", "a.topic");
      assertThat(Files.exists(dir.resolve("topics/b-topic"))).isFalse();
      assertThat(store.describeTopic("b-topic")).isEmpty();
      assertThatThrownBy(() -> store.deleteTopic("b-topic")).isInstanceOf(UnknownTopicException.class).hasMessage("unknown topic 'b-topic'");
      assertThatThrownBy(() -> store.topic("nope")).isInstanceOf(UnknownTopicException.class).hasMessage("unknown topic 'nope'");
      // The name is free again, and the new topic starts empty.
      store.createTopic("b-topic", TopicConfig.DEFAULT);
      assertThat(store.topic("b-topic").partition(0).endOffset()).isZero();
    }
  }

  @Test
  void topicsAndConfigsSurviveRestart() {
    TopicConfig config = TopicConfig.builder().partitions(2).cleanupPolicy(CleanupPolicy.COMPACT).segmentMs(60_000)
        .flushPolicy(FlushPolicy.INTERVAL).flushIntervalMs(250).build();
    try (FileLogStore store = FileLogStore.open(dir)) {
      store.createTopic("kept", config);
    }
    assertThat(Files.exists(dir.resolve("topics/kept/topic.properties"))).isTrue();
    try (FileLogStore store = FileLogStore.open(dir)) {
      assertThat(store.topic("kept").config()).isEqualTo(config);
      assertThat(store.topic("kept").partitionCount()).isEqualTo(2);
    }
  }

  @Test
  void deletedTopicsStayDeletedAndForeignDirectoriesAreIgnored() throws IOException {
    try (FileLogStore store = FileLogStore.open(dir)) {
      store.createTopic("gone", TopicConfig.DEFAULT);
      store.topic("gone").partition(0).append(TestRecords.records(0, 3, 10));
      store.deleteTopic("gone");
    }
    Files.createDirectories(dir.resolve("topics/lost+found"));
    // A delete interrupted after its rename leaves the topic in trash/, which the next open empties.
    Files.createDirectories(dir.resolve("trash/half-deleted-123/0"));
    try (FileLogStore store = FileLogStore.open(dir)) {
      assertThat(store.listTopics()).containsExactly("__consumer_offsets");
      assertThat(Files.exists(dir.resolve("trash/half-deleted-123"))).isFalse();
      assertThat(Files.exists(dir.resolve("topics/lost+found"))).isTrue();
    }
  }

  @Test
  void deletingAPartitionWakesItsLongPollReaders() throws Exception {
    try (FileLogStore store = FileLogStore.open(dir)) {
      store.createTopic("gone", TopicConfig.DEFAULT);
      PartitionLog log = store.topic("gone").partition(0);
      var result = new java.util.concurrent.CompletableFuture<Throwable>();
      Thread reader = new Thread(() -> {
        try {
          log.read(0, 100, 60_000);
          result.complete(null);
        } catch (Throwable t) {
          result.complete(t);
        }
      });
      reader.start();
      store.deleteTopic("gone");
      assertThat(result.get(10, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(LogClosedException.class);
    }
  }

  private List<Path> listTree() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.sorted().toList();
    }
  }
}
