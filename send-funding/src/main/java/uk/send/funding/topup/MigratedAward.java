package uk.send.funding.topup;

import java.time.LocalDate;
import java.util.Objects;

import uk.send.domain.children.ChildRow;

/**
 * Command: a top-up award brought across from the system the council is leaving (docs/data-formats.md), for a
 * child already known by their migration reference or UPN (at least one given), at a recorded setting, in a band
 * named as the council names it, for a period of at most a year with its review date. The annual value is the
 * file's when given (the value the old system approved), else the band's today. The natural key is the child with
 * the day the award starts: importing the same award again changes nothing. {@code row} is the file's row.
 */
public record MigratedAward(int row, String childReference, String upn, long settingId, String band,
                            LocalDate startsOn, LocalDate endsOn, LocalDate reviewOn, Long annualValuePence)
        implements ChildRow {

    /** The most an annual value may be (as a band's). */
    public static final long MAX_ANNUAL_PENCE = FundingSettings.MAX_BAND_PENCE;
    /** The first day of the first financial year the service prices ({@link FinancialYear}). */
    public static final LocalDate EARLIEST = new FinancialYear(2000).firstDay();

    public MigratedAward {
        if (childReference == null && upn == null) {
            throw new IllegalArgumentException("A migrated award names its child by reference or UPN");
        }
        Objects.requireNonNull(band, "band");
        if (periodProblem(startsOn, endsOn, reviewOn) != null) {
            throw new IllegalArgumentException("An award's period: " + periodProblem(startsOn, endsOn, reviewOn));
        }
        if (annualValuePence != null && (annualValuePence <= 0 || annualValuePence > MAX_ANNUAL_PENCE)) {
            throw new IllegalArgumentException("An annual value from 1p to the largest band's");
        }
    }

    /**
     * What is wrong with a period by the rules every award keeps (the panel's too): {column, problem key under
     * {@code import.problem.}}, or null when it is a period an award may have: it starts in a financial year from
     * 2000–01 on, ends on or after its start, lasts at most a year, and is reviewed within it.
     */
    public static String[] periodProblem(LocalDate startsOn, LocalDate endsOn, LocalDate reviewOn) {
        if (startsOn != null && startsOn.isBefore(EARLIEST)) {
            return new String[] {"start_date", "award.tooEarly"};
        }
        try {
            Period.check(startsOn, endsOn, reviewOn);
            return null;
        } catch (FundingRefusal refusal) {
            return switch (refusal.field()) {
                case STARTS_ON -> new String[] {"start_date", "required"};
                case ENDS_ON -> new String[] {"end_date", endsOn == null ? "required"
                        : endsOn.isBefore(startsOn) ? "award.endBeforeStart" : "award.tooLong"};
                default -> new String[] {"review_date", reviewOn == null ? "required" : "award.reviewOutside"};
            };
        }
    }

    @Override
    public String toString() {
        return "MigratedAward[row=" + row + "]";
    }
}
