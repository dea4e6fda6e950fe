package dev.orginvites.wapikit;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.Page;
import dev.orginvites.core.internal.ApiCaller;
import dev.orginvites.core.internal.Args;
import dev.orginvites.core.internal.Operation;
import dev.orginvites.core.internal.Paging;
import dev.orginvites.wapikit.api.OrganizationsApi;
import dev.orginvites.wapikit.model.AiConfigurationUpdate;
import dev.orginvites.wapikit.model.CreateOrganizationRequest;
import dev.orginvites.wapikit.model.EmailNotificationConfiguration;
import dev.orginvites.wapikit.model.GetOrganizationsResponse;
import dev.orginvites.wapikit.model.Organization;
import dev.orginvites.wapikit.model.OrganizationResponse;
import dev.orginvites.wapikit.model.OrganizationUpdatedResponse;
import dev.orginvites.wapikit.model.OwnershipTransferredResponse;
import dev.orginvites.wapikit.model.SlackNotificationConfiguration;
import dev.orginvites.wapikit.model.SortOrder;
import dev.orginvites.wapikit.model.TransferOwnershipRequest;
import dev.orginvites.wapikit.model.UpdateOrganizationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The organization calls of a {@link WapikitClient}: the organizations the key belongs to, creating one,
 * updating one (name, description, notification settings, AI configuration) and transferring its ownership to a
 * member. A 404 on an organization is a {@link dev.orginvites.core.NotFoundException} with reason
 * {@link ErrorReason#ORGANIZATION_NOT_FOUND}; transferring to someone who is not a member is refused with
 * {@link ErrorReason#NOT_A_MEMBER}. Arguments are checked before anything is sent; create, update and transfer
 * are never sent twice. Secrets in an update (Slack webhook URL, SMTP password, AI API key) never appear in an
 * exception or log line. Thread-safe.
 */
public final class WapikitOrganizations {
  private static final Paging<GetOrganizationsResponse, Organization> LIST = PagedList.paging(
      "organizations", GetOrganizationsResponse::getOrganizations, GetOrganizationsResponse::getPaginationMeta);
  private static final Operation<OrganizationResponse, Organization> CREATE =
      Operation.action(ErrorReason.NOT_FOUND, "organization", OrganizationResponse::getOrganization);
  private static final Operation<OrganizationResponse, Organization> GET =
      Operation.read(ErrorReason.ORGANIZATION_NOT_FOUND, "organization", OrganizationResponse::getOrganization);
  private static final Operation<OrganizationUpdatedResponse, Boolean> UPDATE =
      Operation.action(ErrorReason.ORGANIZATION_NOT_FOUND, "isUpdated", OrganizationUpdatedResponse::getIsUpdated);
  private static final Operation<OwnershipTransferredResponse, Boolean> TRANSFER = Operation.action(
      ErrorReason.ORGANIZATION_NOT_FOUND, "isTransferred", OwnershipTransferredResponse::getIsTransferred);

  private final OrganizationsApi api;
  private final ApiCaller caller;
  private final PagedList<GetOrganizationsResponse, Organization> list;

  WapikitOrganizations(OrganizationsApi api, ApiCaller caller) {
    this.api = api;
    this.caller = caller;
    this.list = PagedList.of(LIST, caller, api::getOrganizations);
  }

  /**
   * Page {@code page} (from 1) of the organizations the caller belongs to, {@code perPage} to a page.
   *
   * @param page the page to fetch, from 1
   * @param perPage how many organizations a page holds, at least 1
   * @return the page of organizations, with the total when the service reports it
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1 (nothing is sent)
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public Page<Organization> list(int page, int perPage) {
    return list(page, perPage, null);
  }

  /**
   * Like {@link #list(int, int)}, sorted by creation time in {@code sort} order ({@code null}: the service's).
   *
   * @param page the page to fetch, from 1
   * @param perPage how many organizations a page holds, at least 1
   * @param sort {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for newest first, or
   *     {@code null} for the service's order
   * @return the page of organizations, with the total when the service reports it
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1, or {@code sort} is
   *     {@link SortOrder#UNKNOWN} (nothing is sent)
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public Page<Organization> list(int page, int perPage, SortOrder sort) {
    return list.page(page, perPage, sort);
  }

  /**
   * {@link #list(int, int)} without blocking.
   *
   * @param page the page to fetch, from 1
   * @param perPage how many organizations a page holds, at least 1
   * @return a future of the page, failing with the call's {@link dev.orginvites.core.InviteApiException}
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1 (nothing is sent)
   */
  public CompletableFuture<Page<Organization>> listAsync(int page, int perPage) {
    return listAsync(page, perPage, null);
  }

  /**
   * {@link #list(int, int, SortOrder)} without blocking.
   *
   * @param page the page to fetch, from 1
   * @param perPage how many organizations a page holds, at least 1
   * @param sort {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for newest first, or
   *     {@code null} for the service's order
   * @return a future of the page, failing with the call's {@link dev.orginvites.core.InviteApiException}
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1, or {@code sort} is
   *     {@link SortOrder#UNKNOWN} (nothing is sent)
   */
  public CompletableFuture<Page<Organization>> listAsync(int page, int perPage, SortOrder sort) {
    return list.pageAsync(page, perPage, sort);
  }

  /**
   * Every organization, fetched lazily page by page ({@value Paging#DEFAULT_PAGE_SIZE} to a page).
   *
   * @return a lazy stream of every organization, in the service's order: creating it sends nothing, and a page is
   *     fetched when the one before is used up; a failed fetch throws its
   *     {@link dev.orginvites.core.InviteApiException} from the stream operation that needed it
   */
  public Stream<Organization> listAll() {
    return listAll(Paging.DEFAULT_PAGE_SIZE, null);
  }

  /**
   * {@link #listAll()} with {@code perPage} to a page, sorted in {@code sort} order ({@code null}: the service's).
   *
   * @param perPage how many organizations to fetch a page, at least 1
   * @param sort {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for newest first, or
   *     {@code null} for the service's order
   * @return a lazy stream of every organization, fetched as the stream is consumed, as {@link #listAll()} does
   * @throws IllegalArgumentException when {@code perPage} is below 1 or {@code sort} is {@link SortOrder#UNKNOWN}
   */
  public Stream<Organization> listAll(int perPage, SortOrder sort) {
    return list.all(perPage, sort);
  }

  /**
   * Every organization, all pages fetched one after another without blocking.
   *
   * @return a future of every organization, unmodifiable, in the service's order; it fails with the first failed page's
   *     {@link dev.orginvites.core.InviteApiException}
   */
  public CompletableFuture<List<Organization>> listAllAsync() {
    return listAllAsync(Paging.DEFAULT_PAGE_SIZE, null);
  }

  /**
   * {@link #listAllAsync()} with {@code perPage} to a page, sorted in {@code sort} order.
   *
   * @param perPage how many organizations to fetch a page, at least 1
   * @param sort {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for newest first, or
   *     {@code null} for the service's order
   * @return a future of every organization, unmodifiable, failing with the first failed page's
   *     {@link dev.orginvites.core.InviteApiException}
   * @throws IllegalArgumentException when {@code perPage} is below 1 or {@code sort} is {@link SortOrder#UNKNOWN}
   */
  public CompletableFuture<List<Organization>> listAllAsync(int perPage, SortOrder sort) {
    return list.allAsync(perPage, sort);
  }

  /**
   * Creates an organization called {@code name}, without a description. Sent once.
   *
   * @param name the organization's name, not blank
   * @return the organization as created
   * @throws NullPointerException when {@code name} is null
   * @throws IllegalArgumentException when {@code name} is blank
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public Organization create(String name) {
    return create(name, null);
  }

  /**
   * Creates an organization called {@code name} with {@code description} (may be null). Sent once.
   *
   * @param name the organization's name, not blank
   * @param description what the organization is about, or {@code null} for none
   * @return the organization as created
   * @throws NullPointerException when {@code name} is null
   * @throws IllegalArgumentException when {@code name} is blank
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public Organization create(String name, String description) {
    return caller.execute(CREATE, api.createOrganization(createRequest(name, description)));
  }

  /**
   * {@link #create(String, String)} without blocking.
   *
   * @param name the organization's name, not blank
   * @param description what the organization is about, or {@code null} for none
   * @return a future of the organization as created, failing with the call's
   *     {@link dev.orginvites.core.InviteApiException}
   * @throws NullPointerException when {@code name} is null
   * @throws IllegalArgumentException when {@code name} is blank
   */
  public CompletableFuture<Organization> createAsync(String name, String description) {
    return caller.executeAsync(CREATE, api.createOrganization(createRequest(name, description)));
  }

  /**
   * The organization with id {@code organizationId}. Its secrets (WhatsApp access token and webhook secret,
   * Slack webhook URL, SMTP password) are in the model, which never prints them.
   *
   * @param organizationId the organization's id ({@code uniqueId})
   * @return the organization, with its notification settings, AI configuration and WhatsApp Business account
   * @throws NullPointerException when {@code organizationId} is null
   * @throws IllegalArgumentException when {@code organizationId} is not exactly one path segment
   * @throws dev.orginvites.core.NotFoundException when there is no such organization (reason
   *     {@link ErrorReason#ORGANIZATION_NOT_FOUND})
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call
   */
  public Organization get(String organizationId) {
    return caller.execute(GET, api.getOrganization(Args.pathSegment(organizationId, "organizationId")));
  }

  /**
   * {@link #get(String)} without blocking.
   *
   * @param organizationId the organization's id ({@code uniqueId})
   * @return a future of the organization, failing with the exceptions {@link #get(String)} reports for the call
   * @throws NullPointerException when {@code organizationId} is null
   * @throws IllegalArgumentException when {@code organizationId} is not exactly one path segment
   */
  public CompletableFuture<Organization> getAsync(String organizationId) {
    return caller.executeAsync(GET, api.getOrganization(Args.pathSegment(organizationId, "organizationId")));
  }

  /**
   * Renames the organization and replaces its description ({@code null}: none), leaving its notification
   * settings and AI configuration as they are. Sent once. Returns whether the service says it updated it.
   *
   * @param organizationId the organization's id ({@code uniqueId})
   * @param name the organization's new name, not blank
   * @param description the new description, or {@code null} for none
   * @return whether the service says it updated the organization
   * @throws NullPointerException when {@code organizationId} or {@code name} is null
   * @throws IllegalArgumentException when {@code organizationId} is not one path segment or {@code name} is blank
   * @throws dev.orginvites.core.NotFoundException when there is no such organization (reason
   *     {@link ErrorReason#ORGANIZATION_NOT_FOUND})
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call
   */
  public boolean update(String organizationId, String name, String description) {
    return update(organizationId, new UpdateOrganizationRequest().name(name).description(description));
  }

  /**
   * Updates the organization with everything {@code changes} holds: {@code name} is required, and each of
   * {@code slackNotificationConfiguration}, {@code emailNotificationConfiguration} and {@code aiConfiguration}
   * needs all its required fields when given. The secrets among them are never shown in an exception or log.
   * Sent once. Returns whether the service says it updated the organization.
   *
   * @param organizationId the organization's id ({@code uniqueId})
   * @param changes the new name and description, and the Slack and email notification settings and AI
   *     configuration to set, each optional
   * @return whether the service says it updated the organization
   * @throws NullPointerException when an argument or a required field is null (the message names the field)
   * @throws IllegalArgumentException when {@code organizationId} is not one path segment, or a required field is
   *     blank or {@code UNKNOWN}
   * @throws dev.orginvites.core.NotFoundException when there is no such organization (reason
   *     {@link ErrorReason#ORGANIZATION_NOT_FOUND})
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call
   */
  public boolean update(String organizationId, UpdateOrganizationRequest changes) {
    Args.pathSegment(organizationId, "organizationId");
    return caller.execute(UPDATE, api.updateOrganization(organizationId, checked(changes)), secretsOf(changes));
  }

  /**
   * {@link #update(String, UpdateOrganizationRequest)} without blocking.
   *
   * @param organizationId the organization's id ({@code uniqueId})
   * @param changes the new name and description, and the Slack and email notification settings and AI
   *     configuration to set, each optional
   * @return a future of whether the service says it updated the organization, failing with the exceptions
   *     {@link #update(String, UpdateOrganizationRequest)} reports for the call
   * @throws NullPointerException when an argument or a required field is null (the message names the field)
   * @throws IllegalArgumentException when {@code organizationId} is not one path segment, or a required field is
   *     blank or {@code UNKNOWN}
   */
  public CompletableFuture<Boolean> updateAsync(String organizationId, UpdateOrganizationRequest changes) {
    Args.pathSegment(organizationId, "organizationId");
    return caller.executeAsync(UPDATE, api.updateOrganization(organizationId, checked(changes)),
        secretsOf(changes));
  }

  /**
   * Makes the member with id {@code newOwnerId} the owner of the organization. Sent once. Someone who is not a
   * member is refused ({@link ErrorReason#NOT_A_MEMBER}). Returns whether the service says ownership moved.
   *
   * @param organizationId the organization's id ({@code uniqueId})
   * @param newOwnerId the id of the member who becomes the owner
   * @return whether the service says ownership moved
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code organizationId} is not one path segment or {@code newOwnerId}
   *     is blank
   * @throws dev.orginvites.core.NotFoundException when there is no such organization (reason
   *     {@link ErrorReason#ORGANIZATION_NOT_FOUND})
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call, with reason
   *     {@link ErrorReason#NOT_A_MEMBER} when {@code newOwnerId} is not a member
   */
  public boolean transferOwnership(String organizationId, String newOwnerId) {
    Args.pathSegment(organizationId, "organizationId");
    return caller.execute(TRANSFER, api.transferOrganizationOwnership(organizationId, transferRequest(newOwnerId)));
  }

  /**
   * {@link #transferOwnership(String, String)} without blocking.
   *
   * @param organizationId the organization's id ({@code uniqueId})
   * @param newOwnerId the id of the member who becomes the owner
   * @return a future of whether the service says ownership moved, failing with the exceptions
   *     {@link #transferOwnership(String, String)} reports for the call
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code organizationId} is not one path segment or {@code newOwnerId}
   *     is blank
   */
  public CompletableFuture<Boolean> transferOwnershipAsync(String organizationId, String newOwnerId) {
    Args.pathSegment(organizationId, "organizationId");
    return caller.executeAsync(TRANSFER,
        api.transferOrganizationOwnership(organizationId, transferRequest(newOwnerId)));
  }

  private static CreateOrganizationRequest createRequest(String name, String description) {
    return new CreateOrganizationRequest().name(Args.text(name, "name")).description(description);
  }

  private static TransferOwnershipRequest transferRequest(String newOwnerId) {
    return new TransferOwnershipRequest().newOwnerId(Args.text(newOwnerId, "newOwnerId"));
  }

  /** {@code changes} when every required field is there; the messages name the field as the JSON does. */
  private static UpdateOrganizationRequest checked(UpdateOrganizationRequest changes) {
    Args.notNull(changes, "changes");
    Args.text(changes.getName(), "name");
    SlackNotificationConfiguration slack = changes.getSlackNotificationConfiguration();
    if (slack != null) {
      Args.text(slack.getSlackChannel(), "slackNotificationConfiguration.slackChannel");
      Args.secret(slack.getSlackWebhookUrl(), "slackNotificationConfiguration.slackWebhookUrl");
    }
    EmailNotificationConfiguration email = changes.getEmailNotificationConfiguration();
    if (email != null) {
      Args.text(email.getSmtpHost(), "emailNotificationConfiguration.smtpHost");
      Args.text(email.getSmtpPort(), "emailNotificationConfiguration.smtpPort");
      Args.text(email.getSmtpUsername(), "emailNotificationConfiguration.smtpUsername");
      Args.secret(email.getSmtpPassword(), "emailNotificationConfiguration.smtpPassword");
    }
    AiConfigurationUpdate ai = changes.getAiConfiguration();
    if (ai != null) {
      Args.known(ai.getModel(), "aiConfiguration.model");
      Args.secret(ai.getApiKey(), "aiConfiguration.apiKey");
    }
    return changes;
  }

  /** The secrets {@code changes} carries, so that no exception or log line can show them. */
  private static String[] secretsOf(UpdateOrganizationRequest changes) {
    List<String> secrets = new ArrayList<>();
    if (changes.getSlackNotificationConfiguration() != null) {
      secrets.add(changes.getSlackNotificationConfiguration().getSlackWebhookUrl());
    }
    if (changes.getEmailNotificationConfiguration() != null) {
      secrets.add(changes.getEmailNotificationConfiguration().getSmtpPassword());
    }
    if (changes.getAiConfiguration() != null) {
      secrets.add(changes.getAiConfiguration().getApiKey());
    }
    return secrets.toArray(new String[0]);
  }
}
