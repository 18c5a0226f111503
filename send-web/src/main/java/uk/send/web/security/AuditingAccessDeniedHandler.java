package uk.send.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;

/** A signed-in person asked for a page their role does not reach: audit it, then show the 403 page. */
@Component
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    private final AuditLog audit;

    AuditingAccessDeniedHandler(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Long userId = auth != null && auth.getPrincipal() instanceof SendUser user ? user.userId() : null;
        String actor = auth == null ? AuditLog.ANONYMOUS : auth.getName();
        audit.recordIndependently(userId, actor, AuditAction.ACCESS_DENIED, "ROUTE", null,
                request.getMethod() + " " + request.getRequestURI());
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
