package dev.orginvites.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a secret a command needs (a WhatsApp access token, an SMTP password, a Slack webhook URL, an AI provider
 * key) from a file named by an option or from an environment variable, never from the command line itself, where
 * shell history and process lists would keep it. The value is never shown in a message.
 */
final class SecretInput {
  private SecretInput() {}

  /**
   * The secret from {@code file} (its first line, trimmed) when the option was given, else from the environment
   * variable {@code env}; empty when neither is there.
   *
   * @throws UsageException when the file cannot be read or holds nothing
   */
  static Optional<String> read(CliContext context, Path file, String fileOption, String env) {
    if (file != null) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException unreadable) {
        throw new UsageException(fileOption + ": cannot read " + Echo.value(file.toString()));
      }
      String value = text.lines().findFirst().orElse("").strip();
      if (value.isEmpty()) {
        throw new UsageException(fileOption + ": " + Echo.value(file.toString()) + " is empty");
      }
      return Optional.of(value);
    }
    return context.env(env).map(String::strip);
  }

  /** {@link #read}, required: a usage error names both ways to give it. */
  static String require(CliContext context, Path file, String fileOption, String env, String what) {
    return read(context, file, fileOption, env)
        .orElseThrow(() -> new UsageException("no " + what + ": pass " + fileOption + " or set " + env));
  }
}
