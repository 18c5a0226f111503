package uk.send.domain.children;

/** Read model: what an import of children did. */
public record MigrationResult(int added, int changed, int unchanged, int carersAdded) {
}
