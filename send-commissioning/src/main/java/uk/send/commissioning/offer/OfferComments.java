package uk.send.commissioning.offer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.pathway.plan.OutcomeTag;

/**
 * "You said, we did": anyone may comment on the Local Offer or on one of its services; the editor moderates
 * each comment and publishes it (as moderated, with nothing that identifies anyone) with the council's response.
 * The public sees only published comments. Each sender may leave {@link #LIMIT} comments in {@link #WINDOW}; the
 * count is kept in the database, so it holds across instances, against a one-way hash of the sender's address
 * (never shown, never logged).
 */
@Service
public class OfferComments {

    public static final int LIMIT = 5;
    public static final Duration WINDOW = Duration.ofHours(1);

    private static final String ENTITY = "offer_comment";
    private static final String COLUMNS = """
            c.id, c.service_id, s.name as service_name, c.text, c.submitted_at, c.status, c.published_text, c.response,
            c.moderated_at, c.outcome from offer_comment c left join offer_service s on s.id = c.service_id""";

    private final JdbcClient jdbc;
    private final LocalOffer offer;
    private final AuditLog audit;
    private final Clock clock;

    OfferComments(JdbcClient jdbc, LocalOffer offer, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.offer = offer;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Takes a comment from someone not signed in.
     *
     * @param serviceId the service it is about, or null for the Local Offer as a whole
     * @param sender    the sender's network address: only its hash is kept, for the limit
     * @throws NoSuchElementException   the service is not published
     * @throws TooManyCommentsException the sender has reached the limit
     */
    @Transactional
    public long submit(Long serviceId, String text, String sender) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A comment needs some text");
        }
        if (serviceId != null && !offer.isPublished(serviceId)) {
            throw new NoSuchElementException("No published service " + serviceId);
        }
        String key = key(sender);
        OffsetDateTime now = OffsetDateTime.now(clock);
        // one sender's comments are counted one at a time, whichever instance takes them
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 21))").param("key", key).query((ResultSet rs) -> {
        });
        long recent = jdbc.sql("select count(*) from offer_comment where client_key = :key and submitted_at > :since")
                .param("key", key).param("since", now.minus(WINDOW)).query(Long.class).single();
        if (recent >= LIMIT) {
            throw new TooManyCommentsException(LIMIT, WINDOW);
        }
        return jdbc.sql("""
                        insert into offer_comment (service_id, text, submitted_at, client_key)
                        values (:service, :text, :now, :key) returning id""")
                .param("service", serviceId).param("text", text.strip()).param("now", now).param("key", key)
                .query(Long.class).single();
    }

    /** Published comments with their responses, newest first; on one service, or on all when null. */
    @Transactional(readOnly = true)
    public Page<CommentView> published(Long serviceId, Pageable page) {
        String where = " where c.status = 'PUBLISHED'" + (serviceId == null ? "" : " and c.service_id = :service");
        long total = jdbc.sql("select count(*) from offer_comment c" + where).param("service", serviceId)
                .query(Long.class).single();
        List<CommentView> rows = jdbc.sql("select " + COLUMNS + where
                        + " order by c.moderated_at desc, c.id desc limit :limit offset :offset")
                .param("service", serviceId).param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query(OfferComments::view).list();
        return new PageImpl<>(rows.stream().map(OfferComments::forPublic).toList(), page, total);
    }

    /** The editor's queue: comments in one state, oldest first. */
    @Transactional(readOnly = true)
    public Page<CommentView> queue(Viewer viewer, CommentStatus status, Pageable page) {
        LocalOffer.requireEditor(viewer);
        long total = jdbc.sql("select count(*) from offer_comment where status = :status").param("status", status.name())
                .query(Long.class).single();
        List<CommentView> rows = jdbc.sql("select " + COLUMNS
                        + " where c.status = :status order by c.submitted_at, c.id limit :limit offset :offset")
                .param("status", status.name()).param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query(OfferComments::view).list();
        return new PageImpl<>(rows, page, total);
    }

    @Transactional(readOnly = true)
    public CommentView comment(Viewer viewer, long id) {
        LocalOffer.requireEditor(viewer);
        return jdbc.sql("select " + COLUMNS + " where c.id = :id").param("id", id).query(OfferComments::view)
                .optional().orElseThrow(() -> new NoSuchElementException("No comment " + id));
    }

    /** Publishes a comment as moderated, with the council's response (both required). */
    @Transactional
    public void publish(Viewer viewer, long id, String publishedText, String response) {
        publish(viewer, id, publishedText, response, null);
    }

    /**
     * Publishes a comment as moderated, with the council's response (both required), tagged with the outcomes
     * framework statement it speaks to (or null), so that commissioners see feedback by outcome.
     */
    @Transactional
    public void publish(Viewer viewer, long id, String publishedText, String response, OutcomeTag outcome) {
        LocalOffer.requireEditor(viewer);
        if (publishedText == null || publishedText.isBlank() || response == null || response.isBlank()) {
            throw new IllegalArgumentException("A comment is published with its text and the council's response");
        }
        moderate(viewer, id, CommentStatus.PUBLISHED, publishedText.strip(), response.strip());
        jdbc.sql("update offer_comment set outcome = :outcome where id = :id")
                .param("outcome", outcome == null ? null : outcome.name()).param("id", id).update();
        audit.record(viewer, AuditAction.OFFER_COMMENT_PUBLISHED, ENTITY, id, outcome == null ? null : "outcome " + outcome);
    }

    /**
     * Published feedback by outcome and by footprint, for commissioners: counts only. A comment on a service
     * counts in the service's footprint (null: a service for the whole area, or the Local Offer as a whole); a
     * comment not tagged counts under a null outcome. One SQL aggregate.
     */
    @Transactional(readOnly = true)
    public List<FeedbackCount> feedbackByOutcome(Viewer viewer) {
        if (viewer == null || !(viewer.is(uk.send.domain.access.Role.COMMISSIONER)
                || viewer.is(uk.send.domain.access.Role.ADMIN))) {
            throw new uk.send.domain.access.NotInScopeException(ENTITY);
        }
        return jdbc.sql("""
                        select c.outcome, f.name as footprint_name, count(*) as comments
                        from offer_comment c left join offer_service s on s.id = c.service_id
                        left join footprint f on f.id = s.footprint_id
                        where c.status = 'PUBLISHED'
                        group by c.outcome, f.name order by c.outcome nulls last, f.name nulls first""")
                .query((rs, n) -> new FeedbackCount(
                        rs.getString("outcome") == null ? null : OutcomeTag.valueOf(rs.getString("outcome")),
                        rs.getString("footprint_name"), rs.getLong("comments")))
                .list();
    }

    /** Declines to publish a comment (abusive, off topic, or about one family's case). */
    @Transactional
    public void reject(Viewer viewer, long id) {
        LocalOffer.requireEditor(viewer);
        moderate(viewer, id, CommentStatus.REJECTED, null, null);
        audit.record(viewer, AuditAction.OFFER_COMMENT_REJECTED, ENTITY, id);
    }

    private void moderate(Viewer viewer, long id, CommentStatus status, String publishedText, String response) {
        int changed = jdbc.sql("""
                        update offer_comment set status = :status, published_text = :text, response = :response,
                               moderated_by = :by, moderated_at = :at
                        where id = :id""")
                .param("status", status.name()).param("text", publishedText).param("response", response)
                .param("by", viewer.email()).param("at", OffsetDateTime.now(clock)).param("id", id)
                .update();
        if (changed == 0) {
            throw new NoSuchElementException("No comment " + id);
        }
    }

    /** What the public may see of a published comment: never the text as received. */
    private static CommentView forPublic(CommentView c) {
        return new CommentView(c.id(), c.serviceId(), c.serviceName(), null, c.submittedAt(), c.status(),
                c.publishedText(), c.response(), c.moderatedAt(), c.outcome());
    }

    private static CommentView view(ResultSet rs, int n) throws SQLException {
        OffsetDateTime moderated = rs.getObject("moderated_at", OffsetDateTime.class);
        return new CommentView(rs.getLong("id"), (Long) rs.getObject("service_id"), rs.getString("service_name"),
                rs.getString("text"), LocalOffer.london(rs.getObject("submitted_at", OffsetDateTime.class)),
                CommentStatus.valueOf(rs.getString("status")), rs.getString("published_text"), rs.getString("response"),
                moderated == null ? null : LocalOffer.london(moderated),
                rs.getString("outcome") == null ? null : OutcomeTag.valueOf(rs.getString("outcome")));
    }

    /** A one-way hash of the sender's address: the same sender gives the same key; the address cannot be read back. */
    static String key(String sender) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(("local-offer-comment:" + sender).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
