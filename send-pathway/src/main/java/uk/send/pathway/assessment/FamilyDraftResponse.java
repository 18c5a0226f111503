package uk.send.pathway.assessment;

import java.util.List;

/**
 * What a parent or young person sends, online, in answer to a draft plan (reg 13(1)): their comments overall,
 * their comments section by section, and the school or setting they ask to be named (if any).
 *
 * @param comments           their comments overall, or null
 * @param sections           their comments on particular sections (none blank), in the plan's order
 * @param preferredSettingId the school or setting they ask for, or null
 */
public record FamilyDraftResponse(String comments, List<SectionComment> sections, Long preferredSettingId) {

    public FamilyDraftResponse {
        comments = comments == null || comments.isBlank() ? null : comments.strip();
        sections = List.copyOf(sections);
    }

    /** Whether there is anything in it at all. */
    public boolean isEmpty() {
        return comments == null && sections.isEmpty() && preferredSettingId == null;
    }
}
