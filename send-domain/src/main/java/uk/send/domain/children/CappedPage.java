package uk.send.domain.children;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list whose count stops at {@link #cap()} + 1, so that no view counts a whole council: a total
 * above the cap means "more than the cap", and a list offers no pages past it (a narrower search finds the rest).
 */
public final class CappedPage<T> extends PageImpl<T> {

    private final long cap;

    public CappedPage(List<T> content, Pageable pageable, long countedUpToCapPlusOne, long cap) {
        super(content, pageable, countedUpToCapPlusOne);
        this.cap = cap;
    }

    public long cap() {
        return cap;
    }

    /** Whether there are more than {@link #cap()} in all. */
    public boolean more() {
        return getTotalElements() > cap;
    }
}
