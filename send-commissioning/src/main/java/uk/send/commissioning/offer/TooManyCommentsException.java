package uk.send.commissioning.offer;

import java.time.Duration;

/** The same sender has left as many comments as {@link OfferComments} takes from one sender in a while. */
public class TooManyCommentsException extends RuntimeException {

    private final int limit;
    private final Duration window;

    TooManyCommentsException(int limit, Duration window) {
        super("More than " + limit + " comments in " + window);
        this.limit = limit;
        this.window = window;
    }

    public int limit() {
        return limit;
    }

    public Duration window() {
        return window;
    }
}
