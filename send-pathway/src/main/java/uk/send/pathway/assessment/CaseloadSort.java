package uk.send.pathway.assessment;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a caseload is ordered: most urgent first by default. Each order is SQL over the open case {@code a} and
 * its child {@code c}, and ends with the case's id so that pages are stable.
 */
public enum CaseloadSort {
    /** By the kept next statutory date ({@code needs_assessment_open_next_due_idx}). */
    NEXT_DUE("a.next_due_date"),
    /** By the day the request was received ({@code needs_assessment_open_received_idx}). */
    RECEIVED("a.request_received"),
    /** By family name then given name, case-insensitively, compared character by character. */
    NAME("lower(c.family_name) collate \"C\", lower(c.given_name) collate \"C\""),
    /** By stage, in the order of {@link Stage}. */
    STAGE("case a.stage " + Arrays.stream(Stage.values())
            .map(s -> "when '" + s.name() + "' then " + s.ordinal()).collect(Collectors.joining(" ")) + " end");

    private final String orderBy;

    CaseloadSort(String keys) {
        this.orderBy = keys + ", a.id";
    }

    /** The SQL {@code order by} list. */
    String orderBy() {
        return orderBy;
    }
}
