package uk.send.commissioning.offer;

import uk.send.domain.reference.NeedCode;

/**
 * What a visitor is looking for; every part is optional (null means any).
 *
 * @param keywords    words to find, in PostgreSQL's web search syntax ("short breaks" -swimming)
 * @param age         the child's age in years: services whose age range includes it
 * @param footprintId services for that footprint and those for the whole area
 */
public record OfferSearch(String keywords, Category category, Integer age, NeedCode need, Long footprintId, Cost cost,
                          Access access) {

    public static final OfferSearch EVERYTHING = new OfferSearch(null, null, null, null, null, null, null);

    public OfferSearch {
        keywords = keywords == null || keywords.isBlank() ? null : keywords.strip();
    }
}
