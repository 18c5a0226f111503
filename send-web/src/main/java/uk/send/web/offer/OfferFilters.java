package uk.send.web.offer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import uk.send.commissioning.offer.Access;
import uk.send.commissioning.offer.Category;
import uk.send.commissioning.offer.Cost;
import uk.send.commissioning.offer.OfferSearch;
import uk.send.commissioning.offer.ServiceDetails;
import uk.send.domain.reference.NeedCode;
import uk.send.web.support.FormText;

/**
 * The public search's filters as they come in the address (a GET form, so a search can be bookmarked and
 * shared). Every value is read leniently: one that no page offers (an unknown category, an age of 99, letters)
 * is treated as not given, never an error page; keywords lose control characters and are cut to
 * {@link #KEYWORDS_MAX}.
 */
record OfferFilters(String q, String category, String age, String need, String footprint, String cost, String access) {

    static final int KEYWORDS_MAX = 200;

    OfferSearch search(List<Long> footprintIds) {
        Long footprintId = number(footprint).filter(footprintIds::contains).orElse(null);
        Integer years = number(age).filter(a -> a >= ServiceDetails.YOUNGEST && a <= ServiceDetails.OLDEST)
                .map(Long::intValue).orElse(null);
        return new OfferSearch(keywords(), choice(Category.class, category), years, choice(NeedCode.class, need),
                footprintId, choice(Cost.class, cost), choice(Access.class, access));
    }

    /** The keywords as searched: printable, at most {@link #KEYWORDS_MAX} characters, or null. */
    String keywords() {
        if (q == null || q.isBlank()) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        q.codePoints().filter(c -> !Character.isISOControl(c) && Character.isValidCodePoint(c)
                        && !(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE))
                .limit(KEYWORDS_MAX).forEach(kept::appendCodePoint);
        String words = kept.toString().strip();
        return words.isEmpty() || FormText.hasControlCharacter(words, false) ? null : words;
    }

    /** The filters as the search read them, for the links of the pages of results (null when not given). */
    Object[] asParameters(OfferSearch search) {
        return new Object[] {"q", search.keywords(), "category", search.category(), "age", search.age(),
                "need", search.need(), "footprint", search.footprintId(), "cost", search.cost(),
                "access", search.access()};
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    private static Optional<Long> number(String value) {
        if (value == null || value.isBlank() || value.strip().length() > 9) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
