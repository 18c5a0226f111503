package uk.send.domain.children;

/**
 * Two records of the same child were merged: everything recorded against {@code mergedId} now belongs to
 * {@code keptId}. Published inside the merge's transaction, before it commits; a module that keeps records
 * by child follows it with a plain (synchronous) event listener that moves its rows in that same transaction,
 * or refuses the merge by throwing {@link MergeRefusedException}, which rolls the whole merge back. So a merge
 * either moves every history or none: never some rows on one record and some on the other.
 */
public record ChildrenMerged(long keptId, long mergedId, String actor) {
}
