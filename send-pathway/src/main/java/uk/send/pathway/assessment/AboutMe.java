package uk.send.pathway.assessment;

import java.time.LocalDate;

/**
 * Section A's "about me": the views, interests and aspirations of the child, or of their parents, in their own
 * words, written by the family before the assessment (and at each review) for the caseworker to draw on.
 *
 * @param whose     whose views they are
 * @param views     the views, as written
 * @param writtenOn when they were last written
 */
public record AboutMe(Whose whose, String views, LocalDate writtenOn) {

    /** The longest views the database holds. */
    public static final int MAX = 4000;

    /** Whose views: the child's or young person's own, or their parents' and family's. Stored by name. */
    public enum Whose {
        CHILD, FAMILY
    }
}
