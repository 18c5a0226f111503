package uk.send.pathway.support;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school term, as the costed provision map counts it. The law sets no term dates (each school or council sets
 * its own, and Easter moves the spring term's end), so the service uses one fixed convention: autumn 1 September to
 * 31 December, spring 1 January to 31 March (Easter approximated by the end of March), summer 1 April to 31 August,
 * which together cover the academic year of {@code NationalCurriculumYear} with no gap. Each term has its share of
 * the 38 school weeks of a school year (190 school days): autumn 14, spring 12, summer 12.
 *
 * @param season the term
 * @param year   the calendar year it falls in (spring 2027 is the spring of the academic year 2026 to 2027)
 */
public record SchoolTerm(Season season, int year) {

    /** The first and last calendar years a term may be named in. */
    public static final int EARLIEST_YEAR = 2000;
    public static final int LATEST_YEAR = 2100;

    private static final Pattern SLUG = Pattern.compile("(autumn|spring|summer)-([0-9]{4})");

    public enum Season {
        AUTUMN(9, 12, 14), SPRING(1, 3, 12), SUMMER(4, 8, 12);

        private final int firstMonth;
        private final int lastMonth;
        private final int schoolWeeks;

        Season(int firstMonth, int lastMonth, int schoolWeeks) {
            this.firstMonth = firstMonth;
            this.lastMonth = lastMonth;
            this.schoolWeeks = schoolWeeks;
        }
    }

    public SchoolTerm {
        if (season == null || year < EARLIEST_YEAR || year > LATEST_YEAR) {
            throw new IllegalArgumentException("A term from " + EARLIEST_YEAR + " to " + LATEST_YEAR);
        }
    }

    public static SchoolTerm of(Season season, int year) {
        return new SchoolTerm(season, year);
    }

    /** The term a day falls in. */
    public static SchoolTerm containing(LocalDate day) {
        int month = day.getMonthValue();
        Season season = month >= 9 ? Season.AUTUMN : month <= 3 ? Season.SPRING : Season.SUMMER;
        return new SchoolTerm(season, day.getYear());
    }

    /** The term an address names ({@code autumn-2026}); empty for anything else. */
    public static Optional<SchoolTerm> parse(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        Matcher m = SLUG.matcher(slug.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(2));
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            return Optional.empty();
        }
        return Optional.of(new SchoolTerm(Season.valueOf(m.group(1).toUpperCase(Locale.ROOT)), year));
    }

    /** How the address names it: {@code spring-2027}. */
    public String slug() {
        return season.name().toLowerCase(Locale.ROOT) + "-" + year;
    }

    public LocalDate startsOn() {
        return LocalDate.of(year, season.firstMonth, 1);
    }

    /** The last day of the term (inclusive). */
    public LocalDate endsOn() {
        LocalDate last = LocalDate.of(year, season.lastMonth, 1);
        return last.withDayOfMonth(last.lengthOfMonth());
    }

    /** Calendar days in the term, first and last included. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(startsOn(), endsOn()) + 1;
    }

    /** The term's share of the school year's 38 weeks. */
    public int schoolWeeks() {
        return season.schoolWeeks;
    }

    /** The start year of the academic year the term belongs to (1 September to 31 August). */
    public int academicYearStart() {
        return season == Season.AUTUMN ? year : year - 1;
    }

    public SchoolTerm next() {
        return containing(endsOn().plusDays(1));
    }

    public SchoolTerm previous() {
        return containing(startsOn().minusDays(1));
    }
}
