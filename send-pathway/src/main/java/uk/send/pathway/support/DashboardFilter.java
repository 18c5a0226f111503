package uk.send.pathway.support;

import uk.send.domain.reference.NeedCode;

/**
 * What a SENCO narrows a dashboard list to; every field optional. {@code when} applies to the reviews list only:
 * reviews due in the next four weeks, or overdue; none for both. {@code tier} (a {@link SupportTier} code) applies to
 * the lists of cycles in progress: the reviews, and the plans not moved.
 */
public record DashboardFilter(NeedCode need, When when, String tier) {

    public static final DashboardFilter NONE = new DashboardFilter(null, null, null);

    public DashboardFilter(NeedCode need, When when) {
        this(need, when, null);
    }

    /** Reviews due (today up to four weeks ahead) or overdue (before today). */
    public enum When {
        DUE, OVERDUE
    }
}
