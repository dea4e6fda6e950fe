package dev.orginvites.wapikit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orginvites.core.internal.Json;
import dev.orginvites.wapikit.fixtures.api.DefaultApi;
import dev.orginvites.wapikit.fixtures.model.AiModel;
import dev.orginvites.wapikit.fixtures.model.RolePermission;
import dev.orginvites.wapikit.fixtures.model.TemplateCategory;
import dev.orginvites.wapikit.fixtures.model.Thing;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The shared templates on enum shapes the real specs do not have yet (src/test/openapi/enum-fixtures.yaml):
 * lists and sets of enums, inline enums, a default, enums as query parameters, and values with punctuation.
 */
class EnumTemplateFixturesTest {
  private static final ObjectMapper SDK = Json.mapper();
  private static final String THING = "{"
      + "\"model\":\"gemini1.5pro\","
      + "\"permissions\":[\"Get:OrganizationMember\",\"get:organizationmember\",\"Launch:Rocket\",null],"
      + "\"uniqueCategories\":[\"MARKETING\",\"marketing\",\"Newsletter\"],"
      + "\"color\":\"blue\","
      + "\"shades\":[\"light\",\"Dim\"],"
      + "\"name\":\"x\"}";

  private final MockWebServer server = new MockWebServer();
  private DefaultApi api;

  @BeforeEach
  void start() throws IOException {
    server.start();
    api = new Retrofit.Builder()
        .baseUrl(server.url("/"))
        .addConverterFactory(JacksonConverterFactory.create(SDK))
        .build()
        .create(DefaultApi.class);
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void valuesWithPunctuationGetUsableConstantNames() {
    assertThat(RolePermission.GET_ORGANIZATION_MEMBER.getValue()).isEqualTo("Get:OrganizationMember");
    assertThat(RolePermission.CREATE_API_KEY.getValue()).isEqualTo("Create:ApiKey");
    assertThat(AiModel.GEMINI1_5_PRO.getValue()).isEqualTo("Gemini1.5Pro");
    assertThat(AiModel.GPT_4O.getValue()).isEqualTo("GPT-4o");
    assertThat(AiModel.GPT_4O_MINI.getValue()).isEqualTo("gpt-4o-mini");
    assertThat(AiModel.CLAUDE3_5_SONNET.getValue()).isEqualTo("Claude3.5Sonnet");
    assertThat(TemplateCategory.values()).extracting(Enum::name)
        .containsExactly("MARKETING", "UTILITY", "AUTHENTICATION", "UNKNOWN");
  }

  @Test
  void aResponseWithListsSetsAndInlineEnumsKeepsEveryRawString() throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(THING));

    Thing thing = api.listThings(null, null).execute().body();

    assertThat(thing.getModel()).isSameAs(AiModel.GEMINI1_5_PRO);
    assertThat(thing.getModelRaw()).isEqualTo("gemini1.5pro");
    assertThat(thing.getPermissions()).containsExactly(RolePermission.GET_ORGANIZATION_MEMBER,
        RolePermission.GET_ORGANIZATION_MEMBER, RolePermission.UNKNOWN, null);
    assertThat(thing.getPermissionsRaw())
        .containsExactly("Get:OrganizationMember", "get:organizationmember", "Launch:Rocket", null);
    assertThat(thing.getUniqueCategories()).containsExactly(TemplateCategory.MARKETING, TemplateCategory.UNKNOWN);
    assertThat(thing.getUniqueCategoriesRaw()).containsExactly("MARKETING", "marketing", "Newsletter");
    assertThat(thing.getColor()).isSameAs(Thing.ColorEnum.UNKNOWN);
    assertThat(thing.getColorRaw()).isEqualTo("blue");
    assertThat(thing.getShades()).containsExactly(Thing.ShadesEnum.LIGHT, Thing.ShadesEnum.UNKNOWN);
    assertThat(thing.getShadesRaw()).containsExactly("light", "Dim");
    assertThat(thing.getSize()).as("spec default").isSameAs(Thing.SizeEnum.LARGE);
  }

  @Test
  void jacksonRoundTripWritesTheRawStringsBack() throws Exception {
    Thing thing = SDK.readValue(THING, Thing.class);

    JsonNode written = SDK.readTree(SDK.writeValueAsString(thing));

    JsonNode withoutDefault = ((ObjectNode) written.deepCopy()).without("size");
    assertThat(withoutDefault).isEqualTo(SDK.readTree(THING));
    assertThat(written.get("size").asText()).isEqualTo("large");
    assertThat(SDK.readValue(SDK.writeValueAsString(thing), Thing.class)).isEqualTo(thing);
  }

  @Test
  void missingListsStayNull() throws Exception {
    Thing thing = SDK.readValue("{}", Thing.class);

    assertThat(thing.getPermissions()).isNull();
    assertThat(thing.getPermissionsRaw()).isNull();
    assertThat(thing.getShades()).isNull();
    assertThat(thing.getModel()).isNull();
  }

  @Test
  void listsSetByCodeHoldTheDocumentedStringsAndRefuseUnknown() throws Exception {
    Thing thing = new Thing()
        .permissions(List.of(RolePermission.CREATE_API_KEY))
        .addPermissionsItem(RolePermission.DELETE_ORGANIZATION)
        .addShadesItem(Thing.ShadesEnum.DARK);

    assertThat(thing.getPermissionsRaw()).containsExactly("Create:ApiKey", "Delete:Organization");
    assertThat(thing.getShadesRaw()).containsExactly("dark");
    assertThat(SDK.readTree(SDK.writeValueAsString(thing)).get("permissions").toString())
        .isEqualTo("[\"Create:ApiKey\",\"Delete:Organization\"]");

    assertThatIllegalArgumentException().isThrownBy(() -> thing.addPermissionsItem(RolePermission.UNKNOWN))
        .withMessageContaining("permissions");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> thing.setPermissions(Arrays.asList(RolePermission.CREATE_API_KEY, RolePermission.UNKNOWN)));
    assertThat(thing.getPermissionsRaw()).as("unchanged").containsExactly("Create:ApiKey", "Delete:Organization");

    thing.setPermissions(null);
    assertThat(thing.getPermissions()).isNull();
  }

  @Test
  void theListGettersAreReadOnlyCopies() throws Exception {
    Thing thing = SDK.readValue(THING, Thing.class);
    List<RolePermission> permissions = thing.getPermissions();

    assertThatThrownBy(() -> permissions.add(RolePermission.CREATE_API_KEY))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> thing.getPermissionsRaw().add("x")).isInstanceOf(UnsupportedOperationException.class);
    thing.addPermissionsItem(RolePermission.CREATE_API_KEY);
    assertThat(permissions).as("a copy").hasSize(4);
    assertThat(thing.getPermissions()).hasSize(5);
  }

  @Test
  void enumsAsQueryParametersAreSentAsTheirDocumentedValues() throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("{}"));

    api.listThings(AiModel.GPT_4O, new ArrayList<>(List.of(TemplateCategory.MARKETING, TemplateCategory.UTILITY)))
        .execute();

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    HttpUrl url = request.getRequestUrl();
    assertThat(url.queryParameter("model")).isEqualTo("GPT-4o");
    assertThat(url.queryParameterValues("categories")).containsExactly("MARKETING", "UTILITY");
  }
}
