package dev.eddy.log;

/**
 * Kafka's topic naming rule, which also keeps every name a safe single directory name: 1 to 249
 * characters from {@code [a-zA-Z0-9._-]}, and not {@code .} or {@code ..}.
 */
final class TopicNames {

  static final int MAX_LENGTH = 249;
  /** Topics whose names start with this are Eddy's own (e.g. {@code __consumer_offsets}). */
  static final String INTERNAL_PREFIX = "__";

  private TopicNames() {}

  /** @throws InvalidTopicException naming the rule the name breaks */
  static void validate(String name) {
    if (name == null || name.isEmpty()) {
      throw new InvalidTopicException("topic name must not be empty");
    }
    if (name.equals(".") || name.equals("..")) {
      throw new InvalidTopicException("topic name must not be '.' or '..'");
    }
    if (name.length() > MAX_LENGTH) {
      throw new InvalidTopicException("topic name is " + name.length() + " characters long; the limit is " + MAX_LENGTH);
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isLegal(c)) {
        throw new InvalidTopicException("topic name '" + name + "' contains '" + c + "' at index " + i
            + "; only ASCII letters, digits, '.', '_' and '-' are allowed");
      }
    }
  }

  private static boolean isLegal(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
  }
}
