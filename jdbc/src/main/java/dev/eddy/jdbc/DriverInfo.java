package dev.eddy.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The driver's name and version, as Maven built it (driver.properties is filtered). */
final class DriverInfo {

  static final String DRIVER_NAME = "Eddy JDBC Driver";
  static final String PRODUCT_NAME = "Eddy";
  static final String VERSION = load();
  static final int MAJOR_VERSION = part(0);
  static final int MINOR_VERSION = part(1);

  private DriverInfo() {}

  private static String load() {
    try (InputStream in = DriverInfo.class.getResourceAsStream("driver.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "0.0.0-unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The n-th number of the version, 0 when it has none ("0.1.0-SNAPSHOT" → 0, 1). */
  private static int part(int index) {
    String[] parts = VERSION.split("[.-]");
    try {
      return index < parts.length ? Integer.parseInt(parts[index]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
