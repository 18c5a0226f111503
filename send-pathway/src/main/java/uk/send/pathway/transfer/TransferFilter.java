package uk.send.pathway.transfer;

/** What a caseworker narrows the transfer list to; every field is optional. */
public record TransferFilter(String query, Long footprintId, TransferKind kind, TransferStatus status,
                             TransferReview review) {

    public TransferFilter(String query, Long footprintId, TransferKind kind, TransferStatus status) {
        this(query, footprintId, kind, status, null);
    }

    public static TransferFilter none() {
        return new TransferFilter(null, null, null, null, null);
    }
}
