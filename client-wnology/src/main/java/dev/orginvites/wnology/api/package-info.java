/**
 * The Retrofit interface generated from {@code openapi/wnology.yaml}. {@link dev.orginvites.wnology.WnologyClient}
 * calls it; applications use the client, which adds argument checks, retries and typed exceptions.
 */
package dev.orginvites.wnology.api;
