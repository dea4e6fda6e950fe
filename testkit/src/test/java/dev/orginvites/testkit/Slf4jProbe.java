package dev.orginvites.testkit;

import org.slf4j.LoggerFactory;

/**
 * Run in a JVM of its own by {@link Slf4jQuietTest}: starts a sandbox, sends it a request that the validator reports
 * on, and prints which SLF4J logger factory ended up in use and the {@code slf4j.provider} property.
 */
public final class Slf4jProbe {
  private Slf4jProbe() {}

  /**
   * Entry point.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (Sandbox sandbox = Sandbox.withDemoFixtures()) {
      Http.get(sandbox.wnologyBaseUrl() + "/invites?token=missing-email");
      System.out.println("factory=" + LoggerFactory.getILoggerFactory().getClass().getName());
      System.out.println("slf4j.provider=" + System.getProperty(Slf4jQuiet.PROVIDER_PROPERTY));
      System.out.println("violations=" + sandbox.violations().size());
    }
  }
}
