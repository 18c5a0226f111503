package uk.send.domain.retention;

/**
 * One kind of record the service keeps for a limited time: the day its retention starts, as SQL, and the
 * council's default period. Each module declares a bean per kind of record it holds, so the retention report
 * covers every module without the domain knowing their tables. Names, descriptions and reasons are the web's
 * words, keyed by {@link #key()}.
 */
public interface RetentionRecordType {

    /** The record type's code, such as {@code CHILD}: capital letters and underscores, unique. */
    String key();

    /** Where the type sits in the list (lower first). */
    int order();

    /**
     * Whole years between {@code starts_on} and the start of the period: 25 where the period runs from the 25th
     * birthday and {@code starts_on} is the date of birth, so that the anniversary is counted from the birth itself.
     */
    int offsetYears();

    /** The council's default period, used until an administrator sets another. */
    RetentionPeriod defaultPeriod();

    /**
     * SQL selecting every record of the type whose retention has started, with the columns {@code id} (the record),
     * {@code starts_on} (a date) and {@code link_id} (the id of the record's page, such as its child). Written by
     * the module, never built from input.
     */
    String sql();

    static RetentionRecordType of(String key, int order, int offsetYears, RetentionPeriod defaultPeriod, String sql) {
        record Type(String key, int order, int offsetYears, RetentionPeriod defaultPeriod, String sql)
                implements RetentionRecordType {
        }
        return new Type(key, order, offsetYears, defaultPeriod.requireUsable(), sql);
    }
}
