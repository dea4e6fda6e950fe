package dev.orginvites.wapikit;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.internal.ApiCaller;
import dev.orginvites.core.internal.Args;
import dev.orginvites.core.internal.Operation;
import dev.orginvites.wapikit.api.MessageTemplatesApi;
import dev.orginvites.wapikit.model.MessageTemplate;
import dev.orginvites.wapikit.model.MessageTemplateResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The WhatsApp message templates of the organization's Business account, read-only. Templates are WhatsApp's
 * own, large shapes: the models read them tolerantly (unknown fields are ignored, an unknown category, status,
 * component type or button type reads as {@code UNKNOWN} with the exact string beside it). A 404 on a template
 * is a {@link dev.orginvites.core.NotFoundException} with reason {@link ErrorReason#TEMPLATE_NOT_FOUND}.
 * Thread-safe.
 */
public final class WapikitTemplates {
  private static final Operation<List<MessageTemplate>, List<MessageTemplate>> LIST =
      Operation.read(ErrorReason.NOT_FOUND, "templates", Lists::present);
  private static final Operation<MessageTemplateResponse, MessageTemplate> GET =
      Operation.read(ErrorReason.TEMPLATE_NOT_FOUND, "template", MessageTemplateResponse::getTemplate);

  private final MessageTemplatesApi api;
  private final ApiCaller caller;

  WapikitTemplates(MessageTemplatesApi api, ApiCaller caller) {
    this.api = api;
    this.caller = caller;
  }

  /**
   * Every message template, as one read-only list (the service does not page them).
   *
   * @return the templates, unmodifiable, in the service's order
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public List<MessageTemplate> list() {
    return caller.execute(LIST, api.getMessageTemplates());
  }

  /**
   * {@link #list()} without blocking.
   *
   * @return a future of the templates, failing with the call's {@link dev.orginvites.core.InviteApiException}
   */
  public CompletableFuture<List<MessageTemplate>> listAsync() {
    return caller.executeAsync(LIST, api.getMessageTemplates());
  }

  /**
   * The template with WhatsApp's id {@code templateId}.
   *
   * @param templateId the template's id, as WhatsApp gives it
   * @return the template
   * @throws NullPointerException when {@code templateId} is null
   * @throws IllegalArgumentException when {@code templateId} is not exactly one path segment
   * @throws dev.orginvites.core.NotFoundException when there is no such template (reason
   *     {@link ErrorReason#TEMPLATE_NOT_FOUND})
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call
   */
  public MessageTemplate get(String templateId) {
    return caller.execute(GET, api.getMessageTemplate(Args.pathSegment(templateId, "templateId")));
  }

  /**
   * {@link #get(String)} without blocking.
   *
   * @param templateId the template's id, as WhatsApp gives it
   * @return a future of the template, failing with the exceptions {@link #get(String)} reports for the call
   * @throws NullPointerException when {@code templateId} is null
   * @throws IllegalArgumentException when {@code templateId} is not exactly one path segment
   */
  public CompletableFuture<MessageTemplate> getAsync(String templateId) {
    return caller.executeAsync(GET, api.getMessageTemplate(Args.pathSegment(templateId, "templateId")));
  }
}
