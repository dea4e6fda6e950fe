package dev.orginvites.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orginvites.testkit.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the command tests: a sandbox with the demo fixtures for each test (started before a subclass's own
 * set-up), which afterwards must have seen no request that broke the spec.
 */
abstract class DemoSandboxTest {
  /** Reads what the commands print with {@code --json}. */
  static final ObjectMapper JSON = new ObjectMapper();

  Sandbox sandbox;

  @BeforeEach
  void startSandbox() {
    sandbox = Sandbox.withDemoFixtures();
  }

  @AfterEach
  void stopSandbox() {
    try {
      sandbox.assertNoViolations();
    } finally {
      sandbox.close();
    }
  }
}
