/**
 * What both clients share: the exceptions every call may throw ({@link dev.orginvites.core.InviteApiException} and
 * its subclasses, with an {@link dev.orginvites.core.ErrorReason} to branch on), the settings of the client builders
 * ({@link dev.orginvites.core.ClientBuilder}) and the {@link dev.orginvites.core.RetryPolicy}.
 *
 * <p>Applications use this package through {@code client-wnology} or {@code client-wapikit}, which bring it along.
 */
package dev.orginvites.core;
