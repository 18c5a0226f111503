package uk.send.pathway.transfer;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How the transfer list is ordered; each is SQL over the list's columns and ends with the child's id. */
public enum TransferSort {
    /** Soonest deadline first, then by name. */
    DEADLINE("t.deadline, lower(t.family_name) collate \"C\", lower(t.given_name) collate \"C\""),
    /** By family name then given name. */
    NAME("lower(t.family_name) collate \"C\", lower(t.given_name) collate \"C\""),
    /** By kind of transfer, in the order of {@link TransferKind}, then by name. */
    KIND(ordinal("t.kind", TransferKind.class) + ", lower(t.family_name) collate \"C\""),
    /** By status, in the order of {@link TransferStatus} (the most urgent first), then by deadline. */
    STATUS(ordinal("t.status", TransferStatus.class) + ", t.deadline");

    private final String orderBy;

    TransferSort(String keys) {
        this.orderBy = keys + ", t.child_id";
    }

    String orderBy() {
        return orderBy;
    }

    static <E extends Enum<E>> String ordinal(String column, Class<E> type) {
        return "case " + column + " " + Arrays.stream(type.getEnumConstants())
                .map(e -> "when '" + e.name() + "' then " + e.ordinal()).collect(Collectors.joining(" ")) + " end";
    }
}
