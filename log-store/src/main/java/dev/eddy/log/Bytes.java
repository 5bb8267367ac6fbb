package dev.eddy.log;

/** Short printable forms of byte arrays for toString and error messages. */
final class Bytes {

  private static final int MAX_SHOWN = 32;

  private Bytes() {}

  static String describe(byte[] bytes) {
    if (bytes == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder(bytes.length * 2 + 8).append("0x");
    for (int i = 0; i < Math.min(bytes.length, MAX_SHOWN); i++) {
      sb.append(Character.forDigit((bytes[i] >> 4) & 0xF, 16)).append(Character.forDigit(bytes[i] & 0xF, 16));
    }
    if (bytes.length > MAX_SHOWN) {
      sb.append("...(").append(bytes.length).append(" bytes)");
    }
    return sb.toString();
  }
}
