package uk.send.pathway.support;

import uk.send.domain.reference.NeedCode;

/**
 * What a SENCO narrows a dashboard list to; every field optional. {@code when} applies to the reviews list only:
 * reviews due in the next four weeks, or overdue; none for both.
 */
public record DashboardFilter(NeedCode need, When when) {

    public static final DashboardFilter NONE = new DashboardFilter(null, null);

    /** Reviews due (today up to four weeks ahead) or overdue (before today). */
    public enum When {
        DUE, OVERDUE
    }
}
