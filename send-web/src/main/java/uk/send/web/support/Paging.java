package uk.send.web.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the GOV.UK pagination component needs: previous and next links and the numbered pages around
 * the current one, each keeping the page's filters.
 */
public record Paging(int current, int totalPages, long totalItems, long firstItem, long lastItem, String previous,
                     String next, List<Item> items) {

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

    /** @param params name/value pairs of the filters to keep; null or blank values are left out */
    public static Paging of(Page<?> page, String path, Object... params) {
        int current = page.getNumber() + 1;
        int total = page.getTotalPages();
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
        return new Paging(current, total, page.getTotalElements(), first, last,
                page.hasPrevious() ? link(path, current - 1, params) : null,
                page.hasNext() ? link(path, current + 1, params) : null, items);
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
