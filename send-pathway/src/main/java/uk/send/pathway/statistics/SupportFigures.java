package uk.send.pathway.statistics;

/**
 * SEN Support in one school, footprint or need: the pupils at SEN Support today, how many of them had a cycle
 * reviewed in the last term, the requests for an EHC needs assessment received in the last 12 months, and how many
 * of those came after at least one full assess-plan-do-review cycle (a cycle reviewed on or before the request).
 */
public record SupportFigures(long pupils, long reviewed, long requests, long requestsAfterCycle) {

    public static final SupportFigures NONE = new SupportFigures(0, 0, 0, 0);

    public Double percentReviewed() {
        return Percent.of(reviewed, pupils);
    }

    public Double percentAfterCycle() {
        return Percent.of(requestsAfterCycle, requests);
    }

    public SupportFigures plus(SupportFigures other) {
        return new SupportFigures(pupils + other.pupils, reviewed + other.reviewed, requests + other.requests,
                requestsAfterCycle + other.requestsAfterCycle);
    }
}
