package dev.orginvites.wapikit;

import static dev.orginvites.wapikit.WapikitTestSupport.inviteResponse;
import static dev.orginvites.wapikit.WapikitTestSupport.json;
import static dev.orginvites.wapikit.WapikitTestSupport.take;
import static dev.orginvites.wapikit.WapikitTestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orginvites.core.internal.Json;
import dev.orginvites.wapikit.WapikitTestSupport.Mode;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.CreateOrganizationInviteRequest;
import dev.orginvites.wapikit.model.InviteStatus;
import dev.orginvites.wapikit.model.OrganizationMemberInvite;
import dev.orginvites.wapikit.model.SortOrder;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated AccessLevel, InviteStatus and SortOrder: switchable enums, tolerant reading, exact writing. */
class WapikitEnumsTest extends WapikitTestSupport.ClientTest {
  private static final ObjectMapper SDK = Json.mapper();

  /** Each documented value with its constant and the enum's own fromValue. */
  static Stream<Arguments> documented() {
    return Stream.of(
        Arguments.of("Owner", AccessLevel.OWNER, (Function<String, Enum<?>>) AccessLevel::fromValue),
        Arguments.of("Member", AccessLevel.MEMBER, (Function<String, Enum<?>>) AccessLevel::fromValue),
        Arguments.of("Pending", InviteStatus.PENDING, (Function<String, Enum<?>>) InviteStatus::fromValue),
        Arguments.of("Redeemed", InviteStatus.REDEEMED, (Function<String, Enum<?>>) InviteStatus::fromValue),
        Arguments.of("asc", SortOrder.ASC, (Function<String, Enum<?>>) SortOrder::fromValue),
        Arguments.of("desc", SortOrder.DESC, (Function<String, Enum<?>>) SortOrder::fromValue));
  }

  @Test
  void eachEnumHasItsDocumentedValuesThenUnknown() {
    assertThat(AccessLevel.values()).containsExactly(AccessLevel.OWNER, AccessLevel.MEMBER, AccessLevel.UNKNOWN);
    assertThat(InviteStatus.values())
        .containsExactly(InviteStatus.PENDING, InviteStatus.REDEEMED, InviteStatus.UNKNOWN);
    assertThat(SortOrder.values()).containsExactly(SortOrder.ASC, SortOrder.DESC, SortOrder.UNKNOWN);
    assertThat(Stream.of(AccessLevel.UNKNOWN.getValue(), InviteStatus.UNKNOWN.getValue(), SortOrder.UNKNOWN.getValue()))
        .containsOnlyNulls();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documented")
  void everyDocumentedValueParsesInAnyCaseAndWritesExactly(String value, Enum<?> constant,
      Function<String, Enum<?>> fromValue) throws JsonProcessingException {
    for (String spelling : List.of(value, value.toUpperCase(Locale.ROOT), value.toLowerCase(Locale.ROOT))) {
      assertThat(fromValue.apply(spelling)).as(spelling).isSameAs(constant);
      assertThat(SDK.readValue('"' + spelling + '"', constant.getDeclaringClass())).as(spelling).isSameAs(constant);
    }
    assertThat(constant).hasToString(value);
    assertThat(SDK.writeValueAsString(constant)).isEqualTo('"' + value + '"');
  }

  @ParameterizedTest
  @ValueSource(strings = {"Admin", "Revoked", "", " Owner", "sideways", "UNKNOWN"})
  void anUnlistedValueIsUnknownAndNeverThrows(String value) throws JsonProcessingException {
    assertThat(AccessLevel.fromValue(value)).isSameAs(AccessLevel.UNKNOWN);
    assertThat(InviteStatus.fromValue(value)).isSameAs(InviteStatus.UNKNOWN);
    assertThat(SortOrder.fromValue(value)).isSameAs(SortOrder.UNKNOWN);
    assertThat(SDK.readValue('"' + value + '"', InviteStatus.class)).isSameAs(InviteStatus.UNKNOWN);
    assertThat(AccessLevel.fromValue(null)).isNull();
    assertThat(InviteStatus.fromValue(null)).isNull();
    assertThat(SortOrder.fromValue(null)).isNull();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void unlistedValuesInAPageOfInvitesKeepTheirExactStrings(Mode mode) {
    server.enqueue(json(200, "{\"invites\":["
        + "{\"uniqueId\":\"a\",\"accessLevel\":\"Member\",\"status\":\"Pending\"},"
        + "{\"uniqueId\":\"b\",\"accessLevel\":\"Billing Admin\",\"status\":\"Revoked\"},"
        + "{\"uniqueId\":\"c\",\"accessLevel\":\"OWNER\",\"status\":\"redeemed\"},"
        + "{\"uniqueId\":\"d\",\"accessLevel\":null}"
        + "],\"paginationMeta\":{\"page\":1,\"per_page\":10,\"total\":4}}"));

    List<OrganizationMemberInvite> page =
        mode.run(() -> invites.list(1, 10), () -> invites.listAsync(1, 10)).items();

    assertThat(page).extracting(OrganizationMemberInvite::getAccessLevel)
        .containsExactly(AccessLevel.MEMBER, AccessLevel.UNKNOWN, AccessLevel.OWNER, null);
    assertThat(page).extracting(OrganizationMemberInvite::getAccessLevelRaw)
        .containsExactly("Member", "Billing Admin", "OWNER", null);
    assertThat(page).extracting(OrganizationMemberInvite::getStatus)
        .containsExactly(InviteStatus.PENDING, InviteStatus.UNKNOWN, InviteStatus.REDEEMED, null);
    assertThat(page).extracting(OrganizationMemberInvite::getStatusRaw)
        .containsExactly("Pending", "Revoked", "redeemed", null);
  }

  @Test
  void jacksonRoundTripOfAnInviteKeepsUnlistedValues() throws JsonProcessingException {
    String sent = "{\"uniqueId\":\"inv_1\",\"accessLevel\":\"Billing Admin\",\"status\":\"Revoked\"}";

    OrganizationMemberInvite invite = SDK.readValue(sent, OrganizationMemberInvite.class);

    assertThat(invite.getAccessLevel()).isSameAs(AccessLevel.UNKNOWN);
    assertThat(invite.getStatus()).isSameAs(InviteStatus.UNKNOWN);
    JsonNode written = tree(SDK.writeValueAsString(invite));
    assertThat(written).isEqualTo(tree(sent));
    assertThat(SDK.readValue(SDK.writeValueAsString(invite), OrganizationMemberInvite.class)).isEqualTo(invite);
  }

  @Test
  void valuesSetByCodeAreWrittenAsDocumented() throws JsonProcessingException {
    OrganizationMemberInvite invite = new OrganizationMemberInvite().accessLevel(AccessLevel.OWNER)
        .status(InviteStatus.REDEEMED);

    assertThat(invite.getStatusRaw()).isEqualTo("Redeemed");
    assertThat(tree(SDK.writeValueAsString(invite)))
        .isEqualTo(tree("{\"accessLevel\":\"Owner\",\"status\":\"Redeemed\"}"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CreateOrganizationInviteRequest().accessLevel(AccessLevel.UNKNOWN))
        .withMessageContaining("accessLevel");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Pending", "REDEEMED", "Revoked"})
  void aSwitchOverTheInvitesStatusWorks(String status) {
    server.enqueue(inviteResponse("{\"uniqueId\":\"inv_1\",\"status\":\"" + status + "\"}"));
    OrganizationMemberInvite invite = invites.get("abc");

    String seen;
    switch (invite.getStatus()) {
      case PENDING:
        seen = "waiting";
        break;
      case REDEEMED:
        seen = "joined";
        break;
      default:
        seen = "other " + invite.getStatusRaw();
    }

    assertThat(seen).isEqualTo(
        status.equals("Pending") ? "waiting" : status.equals("REDEEMED") ? "joined" : "other Revoked");
  }

  @ParameterizedTest
  @EnumSource(value = SortOrder.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
  void aSortOrderIsSentAsItsDocumentedValue(SortOrder sort) {
    server.enqueue(json(200, "{\"invites\":[]}"));

    invites.list(1, 10, sort);

    assertThat(take(server).getRequestUrl().queryParameter("sortBy")).isEqualTo(sort.getValue());
  }

  @ParameterizedTest
  @EnumSource(value = AccessLevel.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
  void anAccessLevelIsSentAsItsDocumentedValue(AccessLevel level) {
    server.enqueue(inviteResponse(WapikitTestSupport.INVITE_JSON));

    invites.create("ann@example.com", level);

    assertThat(tree(take(server).getBody().readUtf8()).get("accessLevel").asText()).isEqualTo(level.getValue());
  }

  @Test
  void theEnumsAreTheGeneratedOnesInTheModelPackage() {
    assertThat(Stream.of(AccessLevel.class, InviteStatus.class, SortOrder.class).map(Class::getPackageName)
        .collect(Collectors.toSet())).containsExactly("dev.orginvites.wapikit.model");
  }
}
