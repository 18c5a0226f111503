package uk.send.pathway.appeal;

/** How the appeals list is ordered; each is SQL over {@code d} and {@code c}, ending with the id. */
public enum AppealSort {
    /** The next date that matters first: the compliance date once decided, else the hearing, else the response. */
    NEXT_DATE("coalesce(d.compliance_due, d.hearing_on, d.response_due, d.mediation_offered_on)"),
    /** Newest registered first (not yet registered last). */
    REGISTERED("d.registered_on desc nulls last"),
    /** By hearing date, unlisted last. */
    HEARING("d.hearing_on nulls last"),
    /** By family name then given name. */
    NAME("lower(c.family_name) collate \"C\", lower(c.given_name) collate \"C\"");

    private final String orderBy;

    AppealSort(String keys) {
        this.orderBy = keys + ", d.id";
    }

    String orderBy() {
        return orderBy;
    }
}
