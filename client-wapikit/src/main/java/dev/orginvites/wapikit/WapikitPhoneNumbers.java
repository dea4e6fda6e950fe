package dev.orginvites.wapikit;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.internal.ApiCaller;
import dev.orginvites.core.internal.Args;
import dev.orginvites.core.internal.Operation;
import dev.orginvites.wapikit.api.PhoneNumbersApi;
import dev.orginvites.wapikit.model.PhoneNumber;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The phone numbers of the organization's WhatsApp Business account, read-only, as WhatsApp describes them
 * (read tolerantly: unknown fields are ignored). A 404 on a phone number is a
 * {@link dev.orginvites.core.NotFoundException} with reason {@link ErrorReason#PHONE_NUMBER_NOT_FOUND}.
 * Thread-safe.
 */
public final class WapikitPhoneNumbers {
  private static final Operation<List<PhoneNumber>, List<PhoneNumber>> LIST =
      Operation.read(ErrorReason.NOT_FOUND, "phone numbers", Lists::present);
  /** The phone number comes unwrapped: a body without its id is not one. */
  private static final Operation<PhoneNumber, PhoneNumber> GET = Operation.read(ErrorReason.PHONE_NUMBER_NOT_FOUND,
      "id", phoneNumber -> phoneNumber.getId() == null ? null : phoneNumber);

  private final PhoneNumbersApi api;
  private final ApiCaller caller;

  WapikitPhoneNumbers(PhoneNumbersApi api, ApiCaller caller) {
    this.api = api;
    this.caller = caller;
  }

  /**
   * Every phone number of the Business account, as one read-only list (the service does not page them).
   *
   * @return the phone numbers, unmodifiable, in the service's order
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public List<PhoneNumber> list() {
    return caller.execute(LIST, api.getPhoneNumbers());
  }

  /**
   * {@link #list()} without blocking.
   *
   * @return a future of the phone numbers, failing with the call's {@link dev.orginvites.core.InviteApiException}
   */
  public CompletableFuture<List<PhoneNumber>> listAsync() {
    return caller.executeAsync(LIST, api.getPhoneNumbers());
  }

  /**
   * The phone number with WhatsApp's id {@code phoneNumberId}.
   *
   * @param phoneNumberId the phone number's id, as WhatsApp gives it
   * @return the phone number
   * @throws NullPointerException when {@code phoneNumberId} is null
   * @throws IllegalArgumentException when {@code phoneNumberId} is not exactly one path segment
   * @throws dev.orginvites.core.NotFoundException when there is no such phone number (reason
   *     {@link ErrorReason#PHONE_NUMBER_NOT_FOUND})
   * @throws dev.orginvites.core.MalformedResponseException when the answer has no {@code id}
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call
   */
  public PhoneNumber get(String phoneNumberId) {
    return caller.execute(GET, api.getPhoneNumber(Args.pathSegment(phoneNumberId, "phoneNumberId")));
  }

  /**
   * {@link #get(String)} without blocking.
   *
   * @param phoneNumberId the phone number's id, as WhatsApp gives it
   * @return a future of the phone number, failing with the exceptions {@link #get(String)} reports for the call
   * @throws NullPointerException when {@code phoneNumberId} is null
   * @throws IllegalArgumentException when {@code phoneNumberId} is not exactly one path segment
   */
  public CompletableFuture<PhoneNumber> getAsync(String phoneNumberId) {
    return caller.executeAsync(GET, api.getPhoneNumber(Args.pathSegment(phoneNumberId, "phoneNumberId")));
  }
}
