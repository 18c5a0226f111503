package uk.send.web.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

import uk.send.domain.children.CappedPage;

/**
 * What the GOV.UK pagination component needs: previous and next links and the numbered pages around
 * the current one, each keeping the page's filters.
 */
public record Paging(int current, int totalPages, long totalItems, long firstItem, long lastItem, String previous,
                     String next, List<Item> items, boolean more) {

    public static final int SIZE = 25;

    /** A numbered link, or an ellipsis when {@code href} is null. */
    public record Item(Integer number, String href, boolean current) {

        /** The GOV.UK modifier class for this item, if any (kept out of templates: Thymeleaf reads "__" specially). */
        public String modifier() {
            if (number == null) {
                return "govuk-pagination__item--ellipses";
            }
            return current ? "govuk-pagination__item--current" : "";
        }
    }

    /** 1-based page number from the query string to 0-based index, never negative. */
    public static int index(int page) {
        return Math.max(0, page - 1);
    }

    /**
     * A list whose count stops at a cap ({@link CappedPage}) reads "more than" the cap past it, and its pages stop there.
     *
     * @param params name/value pairs of the filters to keep; null or blank values are left out
     */
    public static Paging of(Page<?> page, String path, Object... params) {
        long cap = page instanceof CappedPage<?> capped ? capped.cap() : Long.MAX_VALUE;
        boolean more = page.getTotalElements() > cap;
        long totalItems = more ? cap : page.getTotalElements();
        int current = page.getNumber() + 1;
        int total = more ? (int) Math.min(page.getTotalPages(), (cap + page.getSize() - 1) / page.getSize())
                : page.getTotalPages();
        List<Item> items = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            boolean near = Math.abs(n - current) <= 1 || n == 1 || n == total;
            if (near) {
                items.add(new Item(n, link(path, n, params), n == current));
            } else if (!items.isEmpty() && items.get(items.size() - 1).number() != null) {
                items.add(new Item(null, null, false));
            }
        }
        long first = page.getTotalElements() == 0 ? 0 : page.getNumber() * (long) page.getSize() + 1;
        long last = page.getNumber() * (long) page.getSize() + page.getNumberOfElements();
        return new Paging(current, total, totalItems, first, last,
                page.hasPrevious() ? link(path, current - 1, params) : null,
                current < total ? link(path, current + 1, params) : null, items, more);
    }

    private static String link(String path, int pageNumber, Object... params) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        for (int i = 0; i + 1 < params.length; i += 2) {
            Object value = params[i + 1];
            if (value != null && !value.toString().isBlank()) {
                b.queryParam(params[i].toString(), value);
            }
        }
        b.queryParam("page", pageNumber);
        return b.encode().build().toUriString();
    }
}
