/**
 * The WapiKit organization invites client: {@link dev.orginvites.wapikit.WapikitClient} lists, creates, looks up and
 * accepts invites. Failures are the exceptions of {@code dev.orginvites.core}.
 */
package dev.orginvites.wapikit;
