package uk.send.pathway.transfer;

import java.util.Set;

import uk.send.domain.reference.Phase;
import uk.send.pathway.calendar.TransferDeadline;

/**
 * The moves between phases of education a plan must be ready for (reg 18), each by the National Curriculum year
 * the child is in during the academic year before the move and the phase of the setting they attend then.
 */
public enum TransferKind {

    /** From nursery (NC year -1) at an early years setting, or at none, into Reception. */
    EARLY_YEARS_TO_SCHOOL(-1, TransferDeadline.SCHOOL, Set.of(Phase.PRIMARY, Phase.ALL_THROUGH)),
    /** From Year 2 at an infant school (a school whose last year is Year 2) to a junior school. */
    INFANT_TO_JUNIOR(2, TransferDeadline.SCHOOL, Set.of(Phase.PRIMARY, Phase.ALL_THROUGH)),
    /** From Year 6 at a primary school to secondary. */
    PRIMARY_TO_SECONDARY(6, TransferDeadline.SCHOOL, Set.of(Phase.SECONDARY, Phase.ALL_THROUGH)),
    /** From Year 11 at a secondary school to a post-16 institution. */
    SECONDARY_TO_POST_16(11, TransferDeadline.POST_16, Set.of(Phase.POST_16, Phase.SECONDARY, Phase.ALL_THROUGH));

    /** The last year group of an infant school. */
    static final int INFANT_LAST_YEAR = 2;

    private final int yearBefore;
    private final TransferDeadline deadline;
    private final Set<Phase> destinations;

    TransferKind(int yearBefore, TransferDeadline deadline, Set<Phase> destinations) {
        this.yearBefore = yearBefore;
        this.deadline = deadline;
        this.destinations = destinations;
    }

    /** The NC year the child is in during the academic year before the move. */
    public int yearBefore() {
        return yearBefore;
    }

    public TransferDeadline deadline() {
        return deadline;
    }

    /** The phases of the settings a plan may name for the move (an all-through school serves every phase). */
    public Set<Phase> destinations() {
        return destinations;
    }

    /**
     * The move a child in NC year {@code yearGroup} at a setting of {@code phase} (null: none) makes at the end
     * of the academic year, or null if none. {@code lastYearGroup} is the setting's last year when it ends before
     * its phase does (an infant school: 2), otherwise null. A child at an all-through, special or other setting
     * of another phase stays: that is not a transfer between phases.
     */
    public static TransferKind of(int yearGroup, Phase phase, Integer lastYearGroup) {
        if (yearGroup == EARLY_YEARS_TO_SCHOOL.yearBefore && (phase == null || phase == Phase.EARLY_YEARS)) {
            return EARLY_YEARS_TO_SCHOOL;
        }
        if (phase == Phase.PRIMARY && lastYearGroup != null && lastYearGroup == INFANT_LAST_YEAR
                && yearGroup == INFANT_TO_JUNIOR.yearBefore) {
            return INFANT_TO_JUNIOR;
        }
        if (phase == Phase.PRIMARY && (lastYearGroup == null || lastYearGroup == PRIMARY_TO_SECONDARY.yearBefore)
                && yearGroup == PRIMARY_TO_SECONDARY.yearBefore) {
            return PRIMARY_TO_SECONDARY;
        }
        if (phase == Phase.SECONDARY && yearGroup == SECONDARY_TO_POST_16.yearBefore) {
            return SECONDARY_TO_POST_16;
        }
        return null;
    }
}
