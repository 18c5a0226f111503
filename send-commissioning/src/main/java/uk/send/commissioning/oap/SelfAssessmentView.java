package uk.send.commissioning.oap;

import java.time.LocalDate;
import java.util.List;

/**
 * A school's self-assessment for one academic year, by area of need. While it is this year's and not submitted it
 * lists the standards in force, answered or not; once submitted (or for an earlier year) it lists what was answered,
 * in the words the school answered.
 *
 * @param id null when the school has not started the year's self-assessment
 */
public record SelfAssessmentView(long settingId, String settingName, AcademicYear year, Long id, LocalDate submittedOn,
                                 String submittedBy, boolean editable, int version, List<Area> areas) {

    public SelfAssessmentView {
        areas = List.copyOf(areas);
    }

    /** One standard and the school's answer, if any. */
    public record Item(long standardId, String wording, Rating rating, String evidence, String action) {

        public boolean answered() {
            return rating != null;
        }
    }

    /** The standards of one area with the answers counted. */
    public record Area(AreaOfNeed area, List<Item> items, Tally tally) {

        public Area {
            items = List.copyOf(items);
        }
    }

    public boolean submitted() {
        return submittedOn != null;
    }

    public long answered() {
        return areas.stream().flatMap(a -> a.items().stream()).filter(Item::answered).count();
    }

    public long standards() {
        return areas.stream().mapToLong(a -> a.items().size()).sum();
    }

    public Tally tally() {
        return areas.stream().map(Area::tally).reduce(Tally.NONE, Tally::plus);
    }
}
