package dev.orginvites.examples;

import java.util.function.Supplier;

/**
 * The secret a service command authenticates with (WapiKit's API key, WEGnology's API token), and the client built
 * with it. Taken from its flag, else from its environment variable, and checked before any client exists: a
 * missing or malformed secret, or one about to cross the network in cleartext, is a usage error that names where
 * it came from and never shows it.
 */
final class Credential {
  private Credential() {}

  /**
   * The secret to send.
   *
   * @param fromFlag the flag's value (already checked by its converter), or null when the flag was not given
   * @param what what the secret is called in messages, e.g. "API key"
   */
  static String resolve(
      CliContext context, String fromFlag, String what, String flag, String envVariable, String baseUrl) {
    String secret = fromFlag != null ? fromFlag : context.env(envVariable).orElse(null);
    if (secret == null) {
      throw new UsageException("no " + what + ": pass " + flag + " or set " + envVariable);
    }
    String problem = fromFlag == null ? TextConverters.ApiKey.problem(secret) : null;
    if (problem != null) {
      throw new UsageException(envVariable + ": " + problem);
    }
    if (BaseUrlConverter.plainHttpToAnotherHost(baseUrl)) {
      throw new UsageException("--base-url: " + Echo.url(baseUrl) + " is plain http:// to another machine; the "
          + what + " is only sent over https:// (or http:// to this machine)");
    }
    return secret;
  }

  /** The configured client; the SDK's own checks of the configuration, should they refuse it, as a usage error. */
  static <C> C build(Supplier<C> builder) {
    try {
      return builder.get();
    } catch (IllegalStateException refused) {
      throw new UsageException(refused.getMessage());
    }
  }
}
