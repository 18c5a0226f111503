package uk.send.pathway.assessment;

import java.time.LocalDate;

/**
 * Section A's "about me": the views, interests and aspirations of the child, or of their parents, in their own
 * words, written by the family before the assessment (and at each review) for the caseworker to draw on.
 *
 * @param whose         whose views they are
 * @param views         the views, as written
 * @param writtenOn     when they were last written
 * @param writtenBy     the account that last wrote them
 * @param byYoungPerson whether the young person wrote them on their own account: the child's views in their own
 *                      words, not as a parent put them
 */
public record AboutMe(Whose whose, String views, LocalDate writtenOn, long writtenBy, boolean byYoungPerson) {

    /** The longest views the database holds. */
    public static final int MAX = 4000;

    /**
     * Whose views: the child's or young person's own, or their parents' and family's. Stored by name. A young person
     * writes only their own (CHILD), never the family's.
     */
    public enum Whose {
        CHILD, FAMILY
    }
}
