/**
 * The WEGnology requests and responses, generated from {@code openapi/wnology.yaml}. Enums are open: a value the
 * service sends that this SDK does not know reads as {@code UNKNOWN}, and the exact string stays available through the
 * model's {@code getXxxRaw()} accessor.
 */
package dev.orginvites.wnology.model;
