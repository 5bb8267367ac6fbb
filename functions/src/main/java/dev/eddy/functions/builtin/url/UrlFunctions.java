package dev.eddy.functions.builtin.url;

import dev.eddy.functions.api.FunctionCategory;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;
import dev.eddy.functions.api.UdfException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * URL functions over RFC 3986 URIs. Extraction returns NULL for an invalid URI or a missing
 * part; extracted parts are decoded. Parameter encoding is application/x-www-form-urlencoded.
 */
public final class UrlFunctions {

  private UrlFunctions() {}

  static <T> T part(String url, Function<URI, T> getter) {
    if (url == null) {
      return null;
    }
    try {
      return getter.apply(new URI(url));
    } catch (URISyntaxException e) {
      return null;
    }
  }

  @UdfDescription(name = "URL_EXTRACT_FRAGMENT", category = FunctionCategory.URL,
      description = "The decoded fragment of a URL.")
  public static final class UrlExtractFragment {
    @Udf
    public String urlExtractFragment(@UdfParameter("url") String url) {
      return part(url, URI::getFragment);
    }
  }

  @UdfDescription(name = "URL_EXTRACT_HOST", category = FunctionCategory.URL,
      description = "The host name of a URL.")
  public static final class UrlExtractHost {
    @Udf
    public String urlExtractHost(@UdfParameter("url") String url) {
      return part(url, URI::getHost);
    }
  }

  @UdfDescription(name = "URL_EXTRACT_PATH", category = FunctionCategory.URL,
      description = "The decoded path of a URL; empty if it has none.")
  public static final class UrlExtractPath {
    @Udf
    public String urlExtractPath(@UdfParameter("url") String url) {
      return part(url, URI::getPath);
    }
  }

  @UdfDescription(name = "URL_EXTRACT_PORT", category = FunctionCategory.URL,
      description = "The explicit port of a URL.")
  public static final class UrlExtractPort {
    @Udf
    public Integer urlExtractPort(@UdfParameter("url") String url) {
      return part(url, u -> u.getPort() < 0 ? null : u.getPort());
    }
  }

  @UdfDescription(name = "URL_EXTRACT_PROTOCOL", category = FunctionCategory.URL,
      description = "The scheme of a URL, such as http.")
  public static final class UrlExtractProtocol {
    @Udf
    public String urlExtractProtocol(@UdfParameter("url") String url) {
      return part(url, URI::getScheme);
    }
  }

  @UdfDescription(name = "URL_EXTRACT_QUERY", category = FunctionCategory.URL,
      description = "The decoded query string of a URL.")
  public static final class UrlExtractQuery {
    @Udf
    public String urlExtractQuery(@UdfParameter("url") String url) {
      return part(url, URI::getQuery);
    }
  }

  @UdfDescription(name = "URL_EXTRACT_PARAMETER", category = FunctionCategory.URL,
      description = "The decoded value of the first query parameter of a name; NULL if absent"
          + " or without a value.")
  public static final class UrlExtractParameter {
    @Udf
    public String urlExtractParameter(@UdfParameter("url") String url,
        @UdfParameter("parameterName") String name) {
      if (name == null) {
        return null;
      }
      String query = part(url, URI::getRawQuery);
      if (query == null) {
        return null;
      }
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String key = decode(eq < 0 ? pair : pair.substring(0, eq));
        if (key.equals(name)) {
          return eq < 0 ? null : decode(pair.substring(eq + 1));
        }
      }
      return null;
    }
  }

  static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new UdfException("Invalid URL-encoded value '" + s + "'", e);
    }
  }

  @UdfDescription(name = "URL_ENCODE_PARAM", category = FunctionCategory.URL,
      description = "Escapes a value for use in a URL query parameter.")
  public static final class UrlEncodeParam {
    @Udf
    public String urlEncodeParam(@UdfParameter("input") String input) {
      return input == null ? null : URLEncoder.encode(input, StandardCharsets.UTF_8);
    }
  }

  @UdfDescription(name = "URL_DECODE_PARAM", category = FunctionCategory.URL,
      description = "Unescapes a URL query parameter value.")
  public static final class UrlDecodeParam {
    @Udf
    public String urlDecodeParam(@UdfParameter("input") String input) {
      return input == null ? null : decode(input);
    }
  }
}
