package uk.send.web.family;

import java.util.ArrayList;
import java.util.List;

import uk.send.pathway.assessment.AboutMe;
import uk.send.pathway.assessment.FamilyDraftResponse;
import uk.send.pathway.assessment.SectionComment;
import uk.send.web.support.TextInput;

/**
 * The family's forms, bound by the service's one input mechanism (every text checked against its column and for
 * control characters; a setting id that cannot be read is a field error; an unreadable version a conflict).
 */
final class FamilyForms {

    /** The database's limits (V2, V16): comments overall, on one section, and about me. */
    static final int COMMENTS = 4000;

    private FamilyForms() {
    }

    /** The family's answer to a draft plan: comments overall, on each section (not I), and the setting they ask for. */
    record ResponseForm(@TextInput(max = COMMENTS, lines = true) String comments,
                        @TextInput(max = SectionComment.MAX, lines = true) String sectionA,
                        @TextInput(max = SectionComment.MAX, lines = true) String sectionB,
                        @TextInput(max = SectionComment.MAX, lines = true) String sectionC,
                        @TextInput(max = SectionComment.MAX, lines = true) String sectionD,
                        @TextInput(max = SectionComment.MAX, lines = true) String sectionE,
                        @TextInput(max = SectionComment.MAX, lines = true) String sectionF,
                        @TextInput(max = SectionComment.MAX, lines = true) String sectionG,
                        @TextInput(max = SectionComment.MAX, lines = true) String sectionH1,
                        @TextInput(max = SectionComment.MAX, lines = true) String sectionH2,
                        @TextInput(max = SectionComment.MAX, lines = true) String sectionJ,
                        @TextInput(max = SectionComment.MAX, lines = true) String sectionK,
                        Long settingId, Integer version) {

        static ResponseForm empty(int version) {
            return new ResponseForm(null, null, null, null, null, null, null, null, null, null, null, null, null, version);
        }

        /** The comment typed for a section, by its letter (A to K, H1, H2; not I). */
        String comment(String section) {
            return switch (section) {
                case "A" -> sectionA;
                case "B" -> sectionB;
                case "C" -> sectionC;
                case "D" -> sectionD;
                case "E" -> sectionE;
                case "F" -> sectionF;
                case "G" -> sectionG;
                case "H1" -> sectionH1;
                case "H2" -> sectionH2;
                case "J" -> sectionJ;
                case "K" -> sectionK;
                default -> throw new IllegalArgumentException(section);
            };
        }

        FamilyDraftResponse toResponse() {
            List<SectionComment> sections = new ArrayList<>();
            for (String s : SectionComment.SECTIONS) {
                String c = comment(s);
                if (c != null && !c.isBlank()) {
                    sections.add(new SectionComment(s, c.strip()));
                }
            }
            return new FamilyDraftResponse(comments, sections, settingId);
        }
    }

    /** The child's views and the family's views for section A. */
    record AboutMeForm(@TextInput(max = AboutMe.MAX, lines = true) String childViews,
                       @TextInput(max = AboutMe.MAX, lines = true) String familyViews) {
    }
}
