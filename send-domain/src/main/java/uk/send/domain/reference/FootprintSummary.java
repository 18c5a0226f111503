package uk.send.domain.reference;

/** Aggregate counts for one footprint: no individual children. */
public record FootprintSummary(long footprintId, String code, String name, long settings, long children,
                               long senSupport, long ehcPlans) {
}
