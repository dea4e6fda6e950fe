/**
 * Not API: the machinery behind the clients (HTTP stack, retries, error mapping, redaction). Public only so that the
 * client modules can use it; it changes without notice and is left out of the Javadoc. Use the clients and
 * {@code dev.orginvites.core} instead.
 */
package dev.orginvites.core.internal;
