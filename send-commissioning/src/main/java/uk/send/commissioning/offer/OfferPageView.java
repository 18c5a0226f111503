package uk.send.commissioning.offer;

import java.time.LocalDateTime;

/**
 * One of the council's pages as it stands, or one of its kept versions: plain text in which a blank line starts
 * a new paragraph and a line starting {@code ## } is a heading (never HTML: the pages show it as text).
 *
 * @param changedBy null for the starting text (version 0, never edited)
 */
public record OfferPageView(OfferPageKind kind, String title, String body, int version, String changedBy,
                            LocalDateTime changedAt) {
}
