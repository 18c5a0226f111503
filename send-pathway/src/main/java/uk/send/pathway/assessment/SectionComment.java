package uk.send.pathway.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.List;
import java.util.Objects;

/**
 * The family's comment on one section of a draft plan. Section I is not among them: a draft names no school or
 * setting (Children and Families Act 2014 s.38(5)); the family asks for one beside the comments instead.
 *
 * @param section the section's letter as the plan names it (A to K, H1 and H2, not I)
 * @param comment what they said of it
 */
@Embeddable
public record SectionComment(@Column(name = "section", nullable = false, length = 2) String section,
                             @Column(name = "comment", nullable = false, length = MAX) String comment) {

    /** The longest comment on one section. */
    public static final int MAX = 2000;

    /** The sections of a draft the family can comment on, in the plan's order. */
    public static final List<String> SECTIONS = List.of("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "J", "K");

    public SectionComment {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(comment, "comment");
        if (!SECTIONS.contains(section)) {
            throw new IllegalArgumentException("Not a section the family comments on: " + section);
        }
    }
}
