package uk.send.commissioning.oap;

import java.util.Map;

/**
 * One footprint's self-assessments for a year: the schools expected to self-assess (open mainstream schools, and any
 * other setting that did), how many submitted, and the submitted answers counted by area of need.
 */
public record FootprintResult(long footprintId, String footprintName, long schools, long submitted,
                              Map<AreaOfNeed, Tally> byArea) {

    public FootprintResult {
        byArea = Map.copyOf(byArea);
    }

    public long notSubmitted() {
        return schools - submitted;
    }

    public Tally area(AreaOfNeed area) {
        return byArea.getOrDefault(area, Tally.NONE);
    }

    public Tally overall() {
        return byArea.values().stream().reduce(Tally.NONE, Tally::plus);
    }
}
