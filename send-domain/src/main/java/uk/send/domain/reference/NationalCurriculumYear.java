package uk.send.domain.reference;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * National Curriculum year groups in England. Children born 1 September Y to 31 August Y+1 enter
 * Reception (year 0) in September Y+5; the academic year runs 1 September to 31 August.
 */
public final class NationalCurriculumYear {

    public static final int NURSERY = -1;
    public static final int RECEPTION = 0;
    public static final int LAST_SCHOOL_YEAR = 13;

    private static final int YEARS_BEFORE_RECEPTION = 5;

    private NationalCurriculumYear() {
    }

    /**
     * The NC year of a child born on {@code dateOfBirth}, in the academic year containing {@code on}:
     * 0 for Reception, -1 for nursery, lower still for younger children.
     */
    public static int yearGroup(LocalDate dateOfBirth, LocalDate on) {
        Objects.requireNonNull(dateOfBirth, "date of birth is required");
        int cohortStartYear = academicYearStart(dateOfBirth).getYear();
        return academicYearStart(on).getYear() - cohortStartYear - YEARS_BEFORE_RECEPTION;
    }

    /** "Year 1" to "Year 13", "Reception", "Nursery", "Early years" below nursery, "Beyond Year 13" above. */
    public static String label(int year) {
        if (year < NURSERY) {
            return "Early years";
        }
        if (year == NURSERY) {
            return "Nursery";
        }
        if (year == RECEPTION) {
            return "Reception";
        }
        if (year > LAST_SCHOOL_YEAR) {
            return "Beyond Year 13";
        }
        return "Year " + year;
    }

    /** 1 September of the academic year that contains {@code on}. */
    public static LocalDate academicYearStart(LocalDate on) {
        Objects.requireNonNull(on, "date is required");
        int year = on.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? on.getYear() : on.getYear() - 1;
        return LocalDate.of(year, Month.SEPTEMBER, 1);
    }
}
