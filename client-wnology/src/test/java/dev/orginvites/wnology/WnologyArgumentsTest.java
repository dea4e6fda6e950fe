package dev.orginvites.wnology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad arguments fail before anything is sent, name the argument, and never echo the token. */
class WnologyArgumentsTest extends TestClients.ClientTest {
  private static final String TOKEN = "valid-secret-token";
  private static final String EMAIL = "ann@example.com";

  /** A bad token or email and the exception it must give. */
  static final class BadInput {
    final String label;
    final String token;
    final String email;
    final Class<? extends RuntimeException> type;
    final String messageFragment;

    BadInput(String label, String token, String email, Class<? extends RuntimeException> type,
        String messageFragment) {
      this.label = label;
      this.token = token;
      this.email = email;
      this.type = type;
      this.messageFragment = messageFragment;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  static List<BadInput> badInputs() {
    return List.of(
        new BadInput("null token", null, EMAIL, NullPointerException.class, "token must not be null"),
        new BadInput("empty token", "", EMAIL, IllegalArgumentException.class, "token must not be blank"),
        new BadInput("blank token", " \t ", EMAIL, IllegalArgumentException.class, "token must not be blank"),
        new BadInput("token with newline", "secret-part\nmore", EMAIL, IllegalArgumentException.class,
            "token must not contain control characters"),
        new BadInput("token with NUL", "secret-part\u0000", EMAIL, IllegalArgumentException.class,
            "token must not contain control characters"),
        new BadInput("token with DEL", "secret-part\u007f", EMAIL, IllegalArgumentException.class,
            "token must not contain control characters"),
        new BadInput("null email", TOKEN, null, NullPointerException.class, "email must not be null"),
        new BadInput("empty email", TOKEN, "", IllegalArgumentException.class, "email must not be blank"),
        new BadInput("blank email", TOKEN, "   ", IllegalArgumentException.class, "email must not be blank"),
        new BadInput("email without @", TOKEN, "ann.example.com", IllegalArgumentException.class,
            "email must be an email address with exactly one '@'"),
        new BadInput("email with two @", TOKEN, "a@@b.com", IllegalArgumentException.class,
            "email must be an email address with exactly one '@'"),
        new BadInput("email with nothing before @", TOKEN, "@example.com", IllegalArgumentException.class,
            "email must have a local part before '@'"),
        new BadInput("email with nothing after @", TOKEN, "ann@", IllegalArgumentException.class,
            "email must have a domain after '@'"),
        new BadInput("email with a space", TOKEN, "a b@example.com", IllegalArgumentException.class,
            "email must not contain spaces"),
        new BadInput("email with a leading blank", TOKEN, " a@b.com", IllegalArgumentException.class,
            "email must not start or end with blanks"),
        new BadInput("email with a trailing blank", TOKEN, "a@b.com ", IllegalArgumentException.class,
            "email must not start or end with blanks"),
        new BadInput("email without a top-level domain", TOKEN, "ann@localhost", IllegalArgumentException.class,
            "email must be a valid email address"),
        new BadInput("email with CR LF", TOKEN, "ann@example.com\r\nX-Injected: 1",
            IllegalArgumentException.class, "email must not contain control characters"),
        new BadInput("email with tab", TOKEN, "ann\t@example.com", IllegalArgumentException.class,
            "email must not contain control characters"));
  }

  static Stream<Arguments> badInputsByOperation() {
    List<Arguments> cases = new ArrayList<>();
    for (Operation op : Operation.all()) {
      for (BadInput input : badInputs()) {
        cases.add(Arguments.of(op, input));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("badInputsByOperation")
  void badTokenOrEmailIsRejectedBeforeSending(Operation op, BadInput input) {
    // Link overloads check the same values when the link is made; either way nothing may be sent.
    assertThatThrownBy(() -> op.invokeRaw(client.invites(), input.token, input.email))
        .isExactlyInstanceOf(input.type)
        .hasMessageContaining(input.messageFragment)
        .hasMessageNotContaining("secret-part")
        .hasMessageNotContaining(TOKEN);
    assertThat(server.getRequestCount()).isZero();
  }

  static List<Operation.NullLinkCall> linkOverloads() {
    return Operation.linkOverloads();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("linkOverloads")
  void nullLinkIsRejectedBeforeSending(Operation.NullLinkCall call) {
    assertThatThrownBy(() -> call.call.call(client.invites()))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessageContaining("link");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void inviteLinkOfChecksLikeTheClient() {
    for (BadInput input : badInputs()) {
      assertThatThrownBy(() -> InviteLink.of(input.token, input.email))
          .as(input.label)
          .isExactlyInstanceOf(input.type)
          .hasMessageContaining(input.messageFragment)
          .hasMessageNotContaining("secret-part");
    }
  }
}
