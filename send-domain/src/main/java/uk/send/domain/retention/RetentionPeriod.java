package uk.send.domain.retention;

/**
 * How long a kind of record is kept after its retention starts: whole years and months. A period an administrator
 * sets is at least a month ({@link #requireUsable()}); at most a hundred years.
 */
public record RetentionPeriod(int years, int months) {

    public static final int MAX_YEARS = 100;

    public RetentionPeriod {
        if (years < 0 || years > MAX_YEARS) {
            throw new IllegalArgumentException("Years from 0 to " + MAX_YEARS + ": " + years);
        }
        if (months < 0 || months > 11) {
            throw new IllegalArgumentException("Months from 0 to 11: " + months);
        }
    }

    /** This period, if it is at least a month: a period of nothing would put every record past retention at once. */
    public RetentionPeriod requireUsable() {
        if (years == 0 && months == 0) {
            throw new IllegalArgumentException("A retention period is at least a month");
        }
        return this;
    }
}
