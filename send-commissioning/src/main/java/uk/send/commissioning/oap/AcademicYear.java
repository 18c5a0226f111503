package uk.send.commissioning.oap;

import java.time.LocalDate;

import uk.send.domain.reference.NationalCurriculumYear;

/** An academic year, 1 September to 31 August, named by the year it starts in. */
public record AcademicYear(int startYear) {

    public AcademicYear {
        if (startYear < 2000 || startYear > 2099) {
            throw new IllegalArgumentException("An academic year from 2000 to 2099");
        }
    }

    public static AcademicYear containing(LocalDate day) {
        return new AcademicYear(NationalCurriculumYear.academicYearStart(day).getYear());
    }

    /** "2026 to 2027", as GOV.UK writes a span of years. */
    public String label() {
        return startYear + " to " + (startYear + 1);
    }

    public AcademicYear previous() {
        return new AcademicYear(startYear - 1);
    }
}
