/**
 * Inviting many people at once: the options of a bulk run ({@link dev.orginvites.core.bulk.BulkOptions}), what
 * happened to each email ({@link dev.orginvites.core.bulk.BulkOutcome}, reported as it happens to a
 * {@link dev.orginvites.core.bulk.BulkListener}) and the run's {@link dev.orginvites.core.bulk.BulkReport}. Both
 * clients offer a bulk operation on their invites built on these types.
 */
package dev.orginvites.core.bulk;
