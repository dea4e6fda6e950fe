/**
 * The WEGnology Org Invites client: {@link dev.orginvites.wnology.WnologyClient} looks up, accepts and rejects the
 * invite behind an {@link dev.orginvites.wnology.InviteLink}. Failures are the exceptions of {@code dev.orginvites.core}.
 */
package dev.orginvites.wnology;
