package uk.send.web.support;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;

/**
 * Every file the service hands out (a list as CSV, a statutory return as XML, a plan as PDF, a subject access
 * bundle) is recorded here, the same way, before its first byte: as {@link AuditAction#DOWNLOADED}, by whoever
 * took it, saying what was taken. A list or a return is recorded against {@link #EXPORT} and the file's name; a
 * document about one record against that record, so that the audit trail's filter for a child finds it.
 */
@Component
public class Downloads {

    /** The entity type of a list or a return taken away as a file; its id is the file's name without its date. */
    public static final String EXPORT = "EXPORT";

    private final AuditLog audit;

    Downloads(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * A list or a return.
     *
     * @param name the file's name before its date or year ({@code caseload}, {@code sen2-xml})
     * @param what what was downloaded, with which filters (never a search's text)
     */
    public void list(Viewer viewer, String name, String what) {
        audit.record(viewer, AuditAction.DOWNLOADED, EXPORT, name, what);
    }

    /** A document about one record: a plan's PDF against the plan, a subject access bundle against the child. */
    public void document(Viewer viewer, String entityType, Object entityId, String what) {
        audit.record(viewer, AuditAction.DOWNLOADED, entityType, entityId, what);
    }

    /**
     * Starts a list or a return that the caller streams: recorded first, then the file's headers (an attachment,
     * never cached).
     */
    public OutputStream start(Viewer viewer, HttpServletResponse response, String contentType, String fileName,
                              String name, String what) throws IOException {
        list(viewer, name, what);
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        return response.getOutputStream();
    }
}
