package uk.send.commissioning.offer;

import java.time.LocalDateTime;

/**
 * A comment on the Local Offer (no service) or on one service. The public sees only published ones, and of
 * those only the moderated text and the response: {@code text} (as received) is for the editor.
 */
public record CommentView(long id, Long serviceId, String serviceName, String text, LocalDateTime submittedAt,
                          CommentStatus status, String publishedText, String response, LocalDateTime moderatedAt) {
}
