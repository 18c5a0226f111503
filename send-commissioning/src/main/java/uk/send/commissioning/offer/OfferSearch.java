package uk.send.commissioning.offer;

import uk.send.domain.reference.NeedCode;

/**
 * What a visitor is looking for; every part is optional (null means any).
 *
 * @param keywords    words to find, in PostgreSQL's web search syntax ("short breaks" -swimming)
 * @param age         the child's age in years: services whose age range includes it
 * @param footprintId services for that footprint and those for the whole area
 * @param fromAge     Open Referral's {@code minimum_age}: services for someone this old or older (their range reaches it)
 * @param toAge       Open Referral's {@code maximum_age}: services for someone this young or younger
 * @param anyNeed     only services for named areas of need (Open Referral's {@code taxonomy_id} of the need vocabulary)
 * @param atLocation  only services with a place (Open Referral's service at location)
 */
public record OfferSearch(String keywords, Category category, Integer age, NeedCode need, Long footprintId, Cost cost,
                          Access access, Integer fromAge, Integer toAge, boolean anyNeed, boolean atLocation) {

    public static final OfferSearch EVERYTHING = new OfferSearch(null, null, null, null, null, null, null);

    public OfferSearch {
        keywords = keywords == null || keywords.isBlank() ? null : keywords.strip();
    }

    /** The public search's filters. */
    public OfferSearch(String keywords, Category category, Integer age, NeedCode need, Long footprintId, Cost cost,
                       Access access) {
        this(keywords, category, age, need, footprintId, cost, access, null, null, false, false);
    }
}
