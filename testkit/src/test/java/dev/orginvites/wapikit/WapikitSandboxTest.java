package dev.orginvites.wapikit;

import static dev.orginvites.wapikit.WapikitTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.BadRequestException;
import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.core.Page;
import dev.orginvites.core.RateLimitedException;
import dev.orginvites.core.ServerErrorException;
import dev.orginvites.core.UnauthorizedException;
import dev.orginvites.core.testing.RecordingSleeper;
import dev.orginvites.testkit.Sandbox;
import dev.orginvites.testkit.SandboxFixtures;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.InviteStatus;
import dev.orginvites.wapikit.model.OrganizationMemberInvite;
import dev.orginvites.wapikit.model.SortOrder;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** End to end against the testkit's spec-validating WapiKit fake: every request must conform to the spec. */
class WapikitSandboxTest {
  private static final String ANN = "ann@example.com";
  private static final String BOB = "bob+ops@example.com";

  private Sandbox sandbox;
  private WapikitClient client;
  private WapikitInvites invites;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
    client = clientWithKey(SandboxFixtures.API_KEY);
    invites = client.invites();
  }

  @AfterEach
  void stop() {
    try {
      assertThat(sandbox.violations()).isEmpty();
      sandbox.assertNoViolations();
    } finally {
      client.close();
      sandbox.close();
    }
  }

  @Test
  void createListGetAcceptAndAcceptAgain() {
    OrganizationMemberInvite ann = invites.create(ANN, AccessLevel.MEMBER);
    OrganizationMemberInvite bob = invites.create(BOB, AccessLevel.OWNER);

    assertThat(ann.getEmail()).isEqualTo(ANN);
    assertThat(ann.getAccessLevel()).isEqualTo(AccessLevel.MEMBER);
    assertThat(ann.getStatus()).isEqualTo(InviteStatus.PENDING);
    assertThat(ann.getOrganizationName()).isEqualTo(SandboxFixtures.WAPIKIT_ORG_NAME);
    assertThat(ann.getCreatedAt()).isNotNull();
    assertThat(ann.getUniqueId()).isNotBlank().isNotEqualTo(bob.getUniqueId());
    assertThat(bob.getAccessLevel()).isEqualTo(AccessLevel.OWNER);
    String annSlug = sandbox.wapikit().slugFor(ANN).orElseThrow();
    assertThat(sandbox.wapikit().createdSlugs()).containsExactly(annSlug, sandbox.wapikit().slugFor(BOB).orElseThrow());

    Page<OrganizationMemberInvite> page = invites.list(1, 10);
    assertThat(page.items()).extracting(OrganizationMemberInvite::getEmail).containsExactly(ANN, BOB);
    assertThat(page.total()).hasValue(2);
    assertThat(page.hasNextPage()).isFalse();
    Page<OrganizationMemberInvite> newestFirst = invites.list(1, 1, SortOrder.DESC);
    assertThat(newestFirst.items()).extracting(OrganizationMemberInvite::getEmail).containsExactly(BOB);
    assertThat(newestFirst.hasNextPage()).isTrue();

    assertThat(invites.listAll(1).map(OrganizationMemberInvite::getEmail)).containsExactly(ANN, BOB);
    assertThat(await(invites.listAllAsync(1))).extracting(OrganizationMemberInvite::getEmail)
        .containsExactly(ANN, BOB);

    OrganizationMemberInvite fetched = invites.get(annSlug);
    assertThat(fetched.getUniqueId()).isEqualTo(ann.getUniqueId());
    assertThat(fetched.getStatus()).isEqualTo(InviteStatus.PENDING);

    AcceptedInvite accepted = invites.accept(annSlug);
    assertThat(accepted.slug()).isEqualTo(annSlug);
    assertThat(accepted.sessionToken()).isNotBlank();
    assertThat(accepted.toString()).doesNotContain(accepted.sessionToken());
    assertThat(invites.get(annSlug).getStatus()).isEqualTo(InviteStatus.REDEEMED);
    assertThat(sandbox.wapikit().isMember(ANN)).isTrue();

    int before = sandbox.wapikit().requestCount();
    assertThatThrownBy(() -> invites.accept(annSlug))
        .isInstanceOf(BadRequestException.class)
        .satisfies(e -> assertThat(((BadRequestException) e).serviceMessage()).contains("not pending"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(accepted.sessionToken()));
    assertThat(sandbox.wapikit().requestCount()).isEqualTo(before + 1);
  }

  @Test
  void asyncFlowMatchesTheSyncOne() {
    OrganizationMemberInvite created = await(invites.createAsync(ANN, AccessLevel.OWNER));
    String slug = sandbox.wapikit().slugFor(ANN).orElseThrow();

    assertThat(await(invites.listAsync(1, 5, SortOrder.ASC)).items())
        .extracting(OrganizationMemberInvite::getUniqueId).containsExactly(created.getUniqueId());
    assertThat(await(invites.getAsync(slug)).getAccessLevel()).isEqualTo(AccessLevel.OWNER);
    assertThat(await(invites.acceptAsync(slug)).sessionToken()).isNotBlank();
    assertThat(sandbox.wapikit().inviteStatus(slug)).contains("Redeemed");
    assertThatThrownBy(() -> await(invites.acceptAsync(slug))).isInstanceOf(BadRequestException.class);
  }

  @Test
  void aDuplicateInviteIsRefused() {
    invites.create(ANN, AccessLevel.MEMBER);

    assertThatThrownBy(() -> invites.create(ANN, AccessLevel.OWNER))
        .isInstanceOf(BadRequestException.class)
        .satisfies(e -> {
          BadRequestException refused = (BadRequestException) e;
          assertThat(refused.statusCode()).isEqualTo(400);
          assertThat(refused.serviceMessage()).contains("already exists");
        });
    assertThat(sandbox.wapikit().createdSlugs()).hasSize(1);
  }

  @Test
  void invitingAMemberIsRefused() {
    sandbox.wapikit().addMember(BOB);

    assertThatThrownBy(() -> invites.create(BOB, AccessLevel.MEMBER)).isInstanceOf(BadRequestException.class);
  }

  @Test
  void aWrongKeyIsUnauthorizedAndNeverShown() {
    String wrongKey = "not-the-sandbox-key-123";
    try (WapikitClient wrong = clientWithKey(wrongKey)) {
      assertThatThrownBy(() -> wrong.invites().list(1, 10))
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageNotContaining(wrongKey)
          .satisfies(e -> assertThat(((UnauthorizedException) e).statusCode()).isEqualTo(401));
      assertThatThrownBy(() -> wrong.invites().create(ANN, AccessLevel.MEMBER))
          .isInstanceOf(UnauthorizedException.class);
    }
    assertThat(sandbox.wapikit().createdSlugs()).isEmpty();
  }

  @Test
  void anUnknownSlugIsNotFound() {
    assertThatThrownBy(() -> invites.get("no-such-slug")).isInstanceOf(InviteNotFoundException.class);
    assertThatThrownBy(() -> invites.accept("no-such-slug")).isInstanceOf(InviteNotFoundException.class);
  }

  @Test
  void oddSlugsReachTheFakeIntact() {
    String slug = "a%b?c#d caf\u00e9".replace(" ", "-");
    sandbox.wapikit().seedInvite(slug, ANN, "Member");

    assertThat(invites.get(slug).getEmail()).isEqualTo(ANN);
    assertThat(invites.accept(slug).slug()).isEqualTo(slug);
    assertThat(sandbox.wapikit().inviteStatus(slug)).contains("Redeemed");
  }

  @Test
  void aSeededUnknownAccessLevelIsReadTolerantly() {
    sandbox.wapikit().seedInvite("seeded-1", ANN, "Billing");

    OrganizationMemberInvite invite = invites.get("seeded-1");

    assertThat(invite.getAccessLevel()).isSameAs(AccessLevel.UNKNOWN);
    assertThat(invite.getAccessLevelRaw()).isEqualTo("Billing");
  }

  @Test
  void aTransientFailureOfAListIsRetried() {
    sandbox.wapikit().failNext(1, 503);

    assertThat(invites.list(1, 10).items()).isEmpty();
    assertThat(sandbox.wapikit().requestCount()).isEqualTo(2);
  }

  @Test
  void aTransientFailureOfACreateIsNotRetried() {
    sandbox.wapikit().failNext(1, 503);

    assertThatThrownBy(() -> invites.create(ANN, AccessLevel.MEMBER)).isInstanceOf(ServerErrorException.class);
    assertThat(sandbox.wapikit().requestCount()).isEqualTo(1);
    assertThat(sandbox.wapikit().createdSlugs()).isEmpty();
  }

  @Test
  void rateLimitingIsReportedWithAWait() {
    sandbox.wapikit().rateLimit(1, Duration.ofMinutes(1));
    invites.create(ANN, AccessLevel.MEMBER);

    assertThatThrownBy(() -> invites.create(BOB, AccessLevel.MEMBER))
        .isInstanceOf(RateLimitedException.class)
        .satisfies(e -> assertThat(((RateLimitedException) e).retryAfter()).hasValueSatisfying(
            wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1))));
  }

  @Test
  void pagingThroughManyInvitesFetchesOnlyWhatIsConsumed() {
    List<String> emails = IntStream.rangeClosed(1, 7)
        .mapToObj(i -> "user" + i + "@example.com").collect(Collectors.toList());
    emails.forEach(email -> sandbox.wapikit().seedInvite("slug-" + email.hashCode(), email, "Member"));
    int before = sandbox.wapikit().requestCount();

    List<String> firstFour = invites.listAll(3).limit(4).map(OrganizationMemberInvite::getEmail)
        .collect(Collectors.toList());

    assertThat(firstFour).containsExactlyElementsOf(emails.subList(0, 4));
    assertThat(sandbox.wapikit().requestCount() - before).isEqualTo(2);
    assertThat(invites.listAll(3).count()).isEqualTo(7);
  }

  private WapikitClient clientWithKey(String apiKey) {
    return WapikitClient.builder()
        .baseUrl(sandbox.wapikitBaseUrl())
        .apiKey(apiKey)
        .callTimeout(Duration.ofSeconds(10))
        .sleeper(new RecordingSleeper())
        .build();
  }
}
