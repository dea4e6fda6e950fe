package dev.orginvites.testkit;

import java.io.IOException;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Keeps the contract validator's SLF4J logging silent without bringing a logging provider to the consumer.
 *
 * <p>The validator logs through SLF4J. A test classpath with a provider (Logback, slf4j-simple, Log4j's bridge...)
 * uses it, and this class changes nothing. A test classpath without one would make SLF4J print "No SLF4J providers
 * were found" on the first sandbox start; there (and only there) this class selects SLF4J's own no-op provider
 * through the {@code slf4j.provider} system property (SLF4J 2.0.9 and later), with SLF4J's internal reports limited
 * to warnings so that selecting it is not reported either. Properties the consumer set are never changed.
 */
final class Slf4jQuiet {
  static final String PROVIDER_PROPERTY = "slf4j.provider";
  static final String VERBOSITY_PROPERTY = "slf4j.internal.verbosity";
  static final String NOP_PROVIDER = "org.slf4j.helpers.NOP_FallbackServiceProvider";
  static final String PROVIDER_SERVICE = "META-INF/services/org.slf4j.spi.SLF4JServiceProvider";

  private static volatile boolean done;

  private Slf4jQuiet() {}

  /** Applies the rule once per JVM, before the validator's classes first ask SLF4J for a logger. */
  static void ensure() {
    if (done) {
      return;
    }
    synchronized (Slf4jQuiet.class) {
      if (!done) {
        ClassLoader loader = Slf4jQuiet.class.getClassLoader();
        apply(name -> hasResource(loader, name), name -> isLoadable(loader, name), System::getProperty,
            System::setProperty);
        done = true;
      }
    }
  }

  /**
   * The rule, with the class path and the system properties passed in: sets the no-op provider when SLF4J 2's API
   * (with the property) is present, no provider is registered, and the consumer chose none.
   *
   * @return the properties it set, empty when it left everything as it was
   */
  static Map<String, String> apply(Function<String, Boolean> resourceExists, Function<String, Boolean> classExists,
      Function<String, String> property, BiConsumer<String, String> setProperty) {
    if (property.apply(PROVIDER_PROPERTY) != null
        || resourceExists.apply(PROVIDER_SERVICE)
        || !classExists.apply(NOP_PROVIDER)) {
      return Map.of();
    }
    setProperty.accept(PROVIDER_PROPERTY, NOP_PROVIDER);
    if (property.apply(VERBOSITY_PROPERTY) != null) {
      return Map.of(PROVIDER_PROPERTY, NOP_PROVIDER);
    }
    setProperty.accept(VERBOSITY_PROPERTY, "WARN");
    return Map.of(PROVIDER_PROPERTY, NOP_PROVIDER, VERBOSITY_PROPERTY, "WARN");
  }

  private static boolean hasResource(ClassLoader loader, String name) {
    try {
      return loader != null && loader.getResources(name).hasMoreElements();
    } catch (IOException unreadable) {
      return true; // cannot tell: leave SLF4J to decide, as if a provider were there
    }
  }

  private static boolean isLoadable(ClassLoader loader, String name) {
    try {
      Class.forName(name, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError absent) {
      return false;
    }
  }
}
