package uk.send.pathway.transfer;

import java.time.LocalDate;
import java.util.Objects;

import uk.send.domain.reference.NationalCurriculumYear;
import uk.send.pathway.calendar.StatutoryCalendar;

/**
 * The coming transfer: the moves made at the end of the academic year containing {@code today}, into the one
 * starting on {@code transferDay} (1 September). On 31 August the coming transfer is the next day's; from
 * 1 September it is a year later.
 */
public record TransferYear(LocalDate today, LocalDate academicYearStart, LocalDate transferDay) {

    public TransferYear {
        Objects.requireNonNull(today, "today is required");
    }

    public static TransferYear containing(LocalDate today) {
        LocalDate start = NationalCurriculumYear.academicYearStart(today);
        return new TransferYear(today, start, start.plusYears(1));
    }

    /** The calendar year of the transfer, in which its deadline falls. */
    public int calendarYear() {
        return transferDay.getYear();
    }

    /** The first date of birth of the children in the kind's year group this academic year. */
    public LocalDate bornFrom(TransferKind kind) {
        return academicYearStart.minusYears(kind.yearBefore() + 5L);
    }

    /** The last date of birth of the children in the kind's year group this academic year. */
    public LocalDate bornTo(TransferKind kind) {
        return bornFrom(kind).plusYears(1).minusDays(1);
    }

    /** The kind's deadline this year, from the calendar. */
    public LocalDate deadline(StatutoryCalendar calendar, TransferKind kind) {
        return calendar.transferDeadline(kind.deadline(), calendarYear());
    }

    /**
     * The transfer a child born on {@code dateOfBirth} at a setting of {@code phase} makes this year, if any:
     * the rule the list's SQL applies, for one child.
     */
    public TransferKind kindFor(LocalDate dateOfBirth, uk.send.domain.reference.Phase phase, Integer lastYearGroup) {
        return TransferKind.of(NationalCurriculumYear.yearGroup(dateOfBirth, today), phase, lastYearGroup);
    }
}
