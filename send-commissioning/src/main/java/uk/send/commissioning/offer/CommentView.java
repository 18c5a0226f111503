package uk.send.commissioning.offer;

import java.time.LocalDateTime;

import uk.send.pathway.plan.OutcomeTag;

/**
 * A comment on the Local Offer (no service) or on one service. The public sees only published ones, and of
 * those only the moderated text and the response: {@code text} (as received) is for the editor.
 * {@code outcome} is the outcomes framework statement the moderator tagged it with, or null.
 */
public record CommentView(long id, Long serviceId, String serviceName, String text, LocalDateTime submittedAt,
                          CommentStatus status, String publishedText, String response, LocalDateTime moderatedAt,
                          OutcomeTag outcome) {
}
