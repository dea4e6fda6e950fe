package dev.orginvites.examples;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import okhttp3.HttpUrl;
import picocli.CommandLine;

/**
 * Reads {@code --base-url}: an absolute http:// or https:// URL without user info, query or fragment (what the
 * SDK's builder accepts, checked with the same parser). A refused value is shown with user info masked.
 */
abstract class BaseUrlConverter implements CommandLine.ITypeConverter<String> {
  private final String example;

  BaseUrlConverter(String example) {
    this.example = example;
  }

  @Override
  public String convert(String value) {
    String trimmed = value.trim();
    HttpUrl url = HttpUrl.parse(trimmed);
    if (url == null) {
      throw new CommandLine.TypeConversionException(
          Echo.url(value) + " is not an absolute http:// or https:// URL (for example " + example + ")");
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw new CommandLine.TypeConversionException(
          Echo.url(value) + " contains a user name or password; a base URL must not carry credentials");
    }
    if (url.query() != null || url.fragment() != null) {
      throw new CommandLine.TypeConversionException(
          Echo.url(value) + " has a query or fragment; a base URL must not (for example " + example + ")");
    }
    return trimmed;
  }

  /**
   * Whether {@code baseUrl} (already converted) is plain http to a host other than this machine, where the SDK
   * refuses to send an API key. Only literal addresses and {@code localhost} count as this machine, as in the SDK.
   */
  static boolean plainHttpToAnotherHost(String baseUrl) {
    HttpUrl url = HttpUrl.get(baseUrl);
    return !url.isHttps() && !isLoopback(url.host());
  }

  private static boolean isLoopback(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    if (name.equals("localhost") || name.endsWith(".localhost")) {
      return true;
    }
    if (!name.matches("[0-9.]+") && !name.contains(":")) {
      return false; // a name would need a DNS look-up
    }
    try {
      return InetAddress.getByName(name).isLoopbackAddress();
    } catch (UnknownHostException notAnAddress) {
      return false;
    }
  }

  /** {@code --base-url} of the WEGnology commands. */
  static final class Wnology extends BaseUrlConverter {
    Wnology() {
      super(Examples.WNOLOGY_SANDBOX);
    }
  }

  /** {@code --base-url} of the WapiKit commands. */
  static final class Wapikit extends BaseUrlConverter {
    Wapikit() {
      super(Examples.WAPIKIT_SANDBOX);
    }
  }
}
