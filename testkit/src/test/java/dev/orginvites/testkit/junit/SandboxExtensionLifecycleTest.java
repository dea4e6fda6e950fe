package dev.orginvites.testkit.junit;

import static dev.orginvites.testkit.SandboxFixtures.DEMO_EMAIL;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.wnology.WnologyClient;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * What the extension does around the tests of a class, observed by running small test classes (nested here, so
 * Surefire does not run them on their own) through the JUnit Platform's engine test kit.
 */
class SandboxExtensionLifecycleTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  static volatile String lastWnologyBaseUrl;
  static volatile WnologyClient lastClient;

  private static Events run(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter(OnlyThroughTheEngineTestKit.PARAMETER, "true")
        .selectors(selectClass(testClass)).execute().testEvents();
  }

  private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aRequestThatBreaksTheSpecFailsTheTestAndIsNamed() {
    Events events = run(SendsAnOffSpecRequest.class);

    events.assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
    events.assertThatEvents()
        .haveExactly(1, event(test("missingEmail"), finishedWithFailure(instanceOf(AssertionError.class),
            message(m -> m.contains("1 request(s) in missingEmail() broke the OpenAPI spec")
                && m.contains("wnology GET /invites: [validation.request.parameter.query.missing]")
                && m.contains("'email'")))))
        .haveExactly(1, event(test("conformingRequest"), finishedSuccessfully()));
  }

  @Test
  void theSandboxAndTheClientsStopAfterTheClass() throws Exception {
    run(SendsAnOffSpecRequest.class);

    assertThatThrownBy(() -> get(lastWnologyBaseUrl + "/invites?token=t&email=a@example.com"))
        .isInstanceOf(ConnectException.class);
    assertThatThrownBy(() -> lastClient.invites().get(DEMO_TOKEN, DEMO_EMAIL))
        .hasMessageContaining("closed");
  }

  @Test
  void withoutFixturesEachTestStartsEmpty() {
    Events events = run(StartsEmpty.class);

    events.assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void anInstanceFieldIsAConfigurationErrorThatSaysWhatToDo() {
    Events events = run(RegisteredOnAnInstanceField.class);

    events.assertThatEvents().haveExactly(1, event(test("anything"), finishedWithFailure(
        instanceOf(ExtensionConfigurationException.class), message(m -> m.contains("register it on a static field")))));
  }

  @Test
  void concurrentTestsOfOneClassAreRefused() {
    Events events = EngineTestKit.engine("junit-jupiter")
        .configurationParameter(OnlyThroughTheEngineTestKit.PARAMETER, "true")
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
        .selectors(selectClass(RunsConcurrently.class)).execute().testEvents();

    events.assertThatEvents().haveExactly(1, event(test("anything"), finishedWithFailure(
        instanceOf(ExtensionConfigurationException.class), message(m -> m.contains("must not run concurrently")))));
  }

  @ExtendWith(OnlyThroughTheEngineTestKit.class)
  static class SendsAnOffSpecRequest {
    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.create();

    @Test
    void missingEmail() throws Exception {
      lastWnologyBaseUrl = sandbox.wnologyBaseUrl();
      lastClient = sandbox.wnologyClient();
      assertThat(get(sandbox.wnologyBaseUrl() + "/invites?token=" + DEMO_TOKEN).statusCode()).isEqualTo(400);
    }

    @Test
    void conformingRequest() {
      assertThat(sandbox.wnologyClient().invites().get(DEMO_TOKEN, DEMO_EMAIL).getEmail()).isEqualTo(DEMO_EMAIL);
    }
  }

  @ExtendWith(OnlyThroughTheEngineTestKit.class)
  static class StartsEmpty {
    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.withoutFixtures();

    @Test
    void noDemoInvite() {
      assertThatThrownBy(() -> sandbox.wnologyClient().invites().get(DEMO_TOKEN, DEMO_EMAIL))
          .isInstanceOf(InviteNotFoundException.class);
    }
  }

  @ExtendWith(OnlyThroughTheEngineTestKit.class)
  static class RegisteredOnAnInstanceField {
    @RegisterExtension
    SandboxExtension sandbox = SandboxExtension.create();

    @Test
    void anything() {}
  }

  @ExtendWith(OnlyThroughTheEngineTestKit.class)
  @Execution(ExecutionMode.CONCURRENT)
  static class RunsConcurrently {
    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.create();

    @Test
    void anything() {}
  }

  /** Keeps the classes above from running except when a test here runs them (e.g. not under {@code -Dtest=...}). */
  static final class OnlyThroughTheEngineTestKit implements ExecutionCondition {
    static final String PARAMETER = "dev.orginvites.testkit.junit.fixture";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(PARAMETER).isPresent()
          ? ConditionEvaluationResult.enabled("run by SandboxExtensionLifecycleTest")
          : ConditionEvaluationResult.disabled("a fixture of SandboxExtensionLifecycleTest");
    }
  }
}
