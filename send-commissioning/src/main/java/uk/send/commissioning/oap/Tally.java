package uk.send.commissioning.oap;

import uk.send.pathway.statistics.Percent;

/** Answers counted by rating; the share met is a percentage of the answers, null when there are none. */
public record Tally(long met, long partlyMet, long notMet) {

    public static final Tally NONE = new Tally(0, 0, 0);

    public long total() {
        return met + partlyMet + notMet;
    }

    public Double percentMet() {
        return Percent.of(met, total());
    }

    public Tally plus(Tally other) {
        return new Tally(met + other.met, partlyMet + other.partlyMet, notMet + other.notMet);
    }

    Tally with(Rating rating, long count) {
        return switch (rating) {
            case MET -> new Tally(met + count, partlyMet, notMet);
            case PARTLY_MET -> new Tally(met, partlyMet + count, notMet);
            case NOT_MET -> new Tally(met, partlyMet, notMet + count);
        };
    }
}
