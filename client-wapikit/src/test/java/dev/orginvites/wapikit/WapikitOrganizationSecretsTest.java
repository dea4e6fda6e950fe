package dev.orginvites.wapikit;

import static dev.orginvites.wapikit.WapikitTestSupport.API_KEY;
import static dev.orginvites.wapikit.WapikitTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orginvites.core.BadRequestException;
import dev.orginvites.core.InviteApiException;
import dev.orginvites.wapikit.WapikitTestSupport.Mode;
import dev.orginvites.wapikit.model.AiConfiguration;
import dev.orginvites.wapikit.model.AiConfigurationUpdate;
import dev.orginvites.wapikit.model.AiModel;
import dev.orginvites.wapikit.model.EmailNotificationConfiguration;
import dev.orginvites.wapikit.model.Organization;
import dev.orginvites.wapikit.model.SlackNotificationConfiguration;
import dev.orginvites.wapikit.model.UpdateOrganizationRequest;
import dev.orginvites.wapikit.model.WhatsAppBusinessAccount;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.logging.HttpLoggingInterceptor;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every secret of the Organization section (the API key and a regenerated one, the AI provider key, the WhatsApp
 * access token and webhook secret, the SMTP password, the Slack webhook URL, session tokens) is sent or received
 * where it must be, and shown nowhere else: not in an exception (message, service message, body snippet, URL,
 * serialized form), not in the HTTP log at BODY level, not in the {@code toString()} of the facade's types or the
 * generated models.
 */
class WapikitOrganizationSecretsTest extends WapikitTestSupport.ClientTest {
  private static final String SLACK_URL = "https://hooks.slack.example/services/T0/B1/xoxSlackSecret42";
  private static final String SMTP_PASSWORD = "smtp-Pa55word!";
  private static final String AI_KEY = "sk-ai-provider-0123456789";
  private static final String WHATSAPP_TOKEN = "EAAGwhatsappToken/9+x";
  private static final String WEBHOOK_SECRET = "whsec_0123456789abcdef";
  private static final String NEW_API_KEY = "wk_regenerated_9f8e7d6c";
  private static final String SESSION_TOKEN = "wks_joined_session_42";
  private static final List<String> SECRETS =
      List.of(API_KEY, SLACK_URL, SMTP_PASSWORD, AI_KEY, WHATSAPP_TOKEN, WEBHOOK_SECRET, NEW_API_KEY, SESSION_TOKEN);

  private final List<String> lines = new CopyOnWriteArrayList<>();

  @Override
  WapikitClient.Builder clientBuilder(MockWebServer server) {
    return super.clientBuilder(server).httpLogger(lines::add).httpLogLevel(HttpLoggingInterceptor.Level.BODY);
  }

  @AfterEach
  void noSecretWasLogged() {
    assertThat(lines).as("the HTTP log ran").isNotEmpty();
    for (String secret : SECRETS) {
      assertThat(lines).as(secret).noneSatisfy(line -> assertThat(line).contains(secret));
    }
  }

  private static UpdateOrganizationRequest withEverySecret() {
    return new UpdateOrganizationRequest().name("Acme")
        .slackNotificationConfiguration(new SlackNotificationConfiguration().slackChannel("#ops")
            .slackWebhookUrl(SLACK_URL))
        .emailNotificationConfiguration(new EmailNotificationConfiguration().smtpHost("smtp.example.com")
            .smtpPort("587").smtpUsername("mailer").smtpPassword(SMTP_PASSWORD))
        .aiConfiguration(new AiConfigurationUpdate().model(AiModel.GPT4O).apiKey(AI_KEY));
  }

  /** Everything an exception can show, serialized form included. */
  private static String everythingShown(InviteApiException e) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    return String.join("\n", e.getMessage(), String.valueOf(e.serviceMessage()), String.valueOf(e.bodySnippet()),
        String.valueOf(e.url()), String.valueOf(e.path()), e.toString(), bytes.toString("ISO-8859-1"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void secretsOfAnOrganizationUpdateEchoedInAnErrorAreShownNowhere(Mode mode) throws Exception {
    String echo = "{\"message\":\"bad config " + SLACK_URL + " / " + SMTP_PASSWORD + " / " + AI_KEY + "\","
        + "\"slackWebhookUrl\":\"" + SLACK_URL + "\",\"smtpPassword\":\"" + SMTP_PASSWORD + "\",\"apiKey\":\""
        + AI_KEY + "\",\"key\":\"" + API_KEY + "\"}";
    server.enqueue(json(400, echo));

    Throwable thrown = catchThrowable(() -> mode.run(
        () -> client.organizations().update("org_1", withEverySecret()),
        () -> client.organizations().updateAsync("org_1", withEverySecret())));

    assertThat(thrown).isInstanceOf(BadRequestException.class);
    String shown = everythingShown((InviteApiException) thrown);
    assertThat(shown).contains("bad config ***");
    SECRETS.forEach(secret -> assertThat(shown).as(secret).doesNotContain(secret));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"slackWebhookUrl\":\"***\""));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"smtpPassword\":\"***\""));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void theWhatsAppTokenSentAndTheSecretsReceivedAreShownNowhere(Mode mode) throws Exception {
    server.enqueue(json(400, "\"token " + WHATSAPP_TOKEN + " was refused\""));
    server.enqueue(json(200, "{\"businessAccountId\":\"104\",\"accessToken\":\"" + WHATSAPP_TOKEN
        + "\",\"webhookSecret\":\"" + WEBHOOK_SECRET + "\"}"));

    Throwable refused = catchThrowable(() -> mode.run(
        () -> client.whatsappBusinessAccount().update("104", WHATSAPP_TOKEN),
        () -> client.whatsappBusinessAccount().updateAsync("104", WHATSAPP_TOKEN)));
    WhatsAppBusinessAccount account = mode.run(
        () -> client.whatsappBusinessAccount().update("104", WHATSAPP_TOKEN),
        () -> client.whatsappBusinessAccount().updateAsync("104", WHATSAPP_TOKEN));

    String shown = everythingShown((InviteApiException) refused);
    assertThat(shown).contains("token *** was refused").doesNotContain(WHATSAPP_TOKEN);
    assertThat(account.getAccessToken()).isEqualTo(WHATSAPP_TOKEN);
    assertThat(account.getWebhookSecret()).isEqualTo(WEBHOOK_SECRET);
    assertThat(account.toString()).contains("accessToken: ***", "webhookSecret: ***", "104")
        .doesNotContain(WHATSAPP_TOKEN).doesNotContain(WEBHOOK_SECRET);
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"webhookSecret\":\"***\""));
  }

  @Test
  void theRegeneratedKeyIsHandedOverButNeverLoggedOrPrinted() {
    server.enqueue(json(200, "{\"apiKey\":{\"uniqueId\":\"key_2\",\"key\":\"" + NEW_API_KEY
        + "\",\"createdAt\":\"2024-06-01T00:00:00Z\"}}"));

    RegeneratedApiKey regenerated = client.apiKey().regenerate();

    assertThat(regenerated.key()).isEqualTo(NEW_API_KEY);
    assertThat(regenerated.toString()).contains("key_2", "key=***").doesNotContain(NEW_API_KEY);
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"key\":\"***\""));
  }

  @Test
  void theAiProviderKeyIsReadButNeverLoggedOrPrinted() {
    server.enqueue(json(200, "{\"aiConfiguration\":{\"apiKey\":\"" + AI_KEY + "\",\"model\":\"Gpt4\",\"isEnabled\":true}}"));

    AiConfiguration ai = client.aiConfiguration().get();

    assertThat(ai.getApiKey()).isEqualTo(AI_KEY);
    assertThat(ai.toString()).contains("apiKey: ***", "Gpt4").doesNotContain(AI_KEY);
  }

  @Test
  void anOrganizationsNestedSecretsAreNeitherLoggedNorPrinted() {
    server.enqueue(json(200, "{\"organization\":{\"uniqueId\":\"org_1\",\"name\":\"Acme\","
        + "\"createdAt\":\"2024-01-01T00:00:00Z\",\"businessAccountId\":\"104\","
        + "\"whatsappBusinessAccountDetails\":{\"businessAccountId\":\"104\",\"accessToken\":\"" + WHATSAPP_TOKEN
        + "\",\"webhookSecret\":\"" + WEBHOOK_SECRET + "\"},"
        + "\"slackNotificationConfiguration\":{\"slackChannel\":\"#ops\",\"slackWebhookUrl\":\"" + SLACK_URL + "\"},"
        + "\"emailNotificationConfiguration\":{\"smtpHost\":\"h\",\"smtpPort\":\"25\",\"smtpUsername\":\"u\","
        + "\"smtpPassword\":\"" + SMTP_PASSWORD + "\"}}}"));

    Organization org = client.organizations().get("org_1");

    assertThat(org.getSlackNotificationConfiguration().getSlackWebhookUrl()).isEqualTo(SLACK_URL);
    assertThat(org.toString()).contains("#ops", "smtpHost: h")
        .doesNotContain(SLACK_URL, SMTP_PASSWORD, WHATSAPP_TOKEN, WEBHOOK_SECRET);
  }

  @Test
  void aJoinSessionTokenIsNeverLoggedOrPrinted() {
    server.enqueue(json(200, "{\"token\":\"" + SESSION_TOKEN + "\"}"));

    AcceptedInvite joined = client.invites().join("slug-1");

    assertThat(joined.sessionToken()).isEqualTo(SESSION_TOKEN);
    assertThat(joined.toString()).doesNotContain(SESSION_TOKEN);
  }

  @Test
  void theClientsToStringShowsNoKey() {
    server.enqueue(json(200, "{\"data\":true}"));
    client.roles().delete("role_1");

    assertThat(client.toString()).doesNotContain(API_KEY);
  }
}
