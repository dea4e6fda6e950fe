/**
 * The Retrofit interface generated from {@code openapi/wapikit.yaml}. {@link dev.orginvites.wapikit.WapikitClient}
 * calls it; applications use the client, which adds argument checks, retries and typed exceptions.
 */
package dev.orginvites.wapikit.api;
