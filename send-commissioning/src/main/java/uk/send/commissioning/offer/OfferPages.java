package uk.send.commissioning.offer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;

/**
 * The Local Offer's own pages (the short breaks statement, personal budgets explained): public to read; the
 * Local Offer's editors and administrators change them, each change kept as a version (append-only) and audited.
 */
@Service
public class OfferPages {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20000;
    private static final String ENTITY = "offer_page";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    OfferPages(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public OfferPageView page(OfferPageKind kind) {
        return jdbc.sql("select page, title, body, version, changed_by, changed_at from offer_page where page = :page")
                .param("page", kind.name()).query(OfferPages::view).optional()
                .orElseThrow(() -> new NoSuchElementException("No page " + kind));
    }

    /** Changes a page as it stood at {@code version}; a change made meanwhile is a conflict, never overwritten. */
    @Transactional
    public void change(Viewer viewer, OfferPageKind kind, int version, String title, String body) {
        LocalOffer.requireEditor(viewer);
        if (title == null || title.isBlank() || body == null || body.isBlank()) {
            throw new IllegalArgumentException("A page needs a title and some text");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int changed = jdbc.sql("""
                        update offer_page set title = :title, body = :body, version = version + 1, changed_by = :by,
                               changed_at = :at
                        where page = :page and version = :version""")
                .param("title", title.strip()).param("body", body.strip()).param("by", viewer.email()).param("at", now)
                .param("page", kind.name()).param("version", version).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("Page " + kind + " has changed since version " + version);
        }
        jdbc.sql("""
                        insert into offer_page_version (page, version, title, body, changed_by, changed_at)
                        select page, version, title, body, changed_by, changed_at from offer_page where page = :page""")
                .param("page", kind.name()).update();
        audit.record(viewer, AuditAction.OFFER_PAGE_CHANGED, ENTITY, kind.name(), "version " + (version + 1));
    }

    /** The kept versions of a page, newest first. */
    @Transactional(readOnly = true)
    public List<OfferPageView> versions(Viewer viewer, OfferPageKind kind) {
        LocalOffer.requireEditor(viewer);
        return jdbc.sql("""
                        select page, title, body, version, changed_by, changed_at from offer_page_version
                        where page = :page order by version desc""")
                .param("page", kind.name()).query(OfferPages::view).list();
    }

    private static OfferPageView view(ResultSet rs, int n) throws SQLException {
        OffsetDateTime at = rs.getObject("changed_at", OffsetDateTime.class);
        return new OfferPageView(OfferPageKind.valueOf(rs.getString("page")), rs.getString("title"),
                rs.getString("body"), rs.getInt("version"), rs.getString("changed_by"),
                at == null ? null : LocalOffer.london(at));
    }
}
