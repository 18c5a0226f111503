package uk.send.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.Viewer;

/**
 * Gives a controller method the signed-in {@link Viewer} with their scope: read from the database once, at sign-in,
 * and kept in the session (sessions live in the database, so every instance sees the same one).
 *
 * <p>The rule that keeps it current: whatever changes an account's role, enabled status, e-mail, setting, own
 * record or footprints — the administrator's pages, a merge, plain SQL — ends every session of that account in the
 * same transaction (V67's triggers delete its {@code spring_session} rows). The person's next request, on any
 * instance, finds no session and is sent to sign in, where a disabled account is refused and an enabled one is read
 * afresh. So a change applies from the next request after it commits, as it did when the viewer was read on every
 * request. A lock after wrong passwords stops new sign-ins and, as before, ends no session (else anyone could end
 * a person's session by mistyping their password). A request without a session (tests signing in per request, say)
 * reads the viewer each time, as does a session from before this rule; a viewer kept for another account or role is
 * never trusted. Known gap: a change committed during the few milliseconds of the person's own sign-in (after the
 * viewer is read, before the new session row is written) is not seen until the next sign-in.
 */
@Component
class CurrentViewerResolver implements HandlerMethodArgumentResolver {

    /** The session attribute holding the signed-in person's viewer. */
    static final String SESSION_ATTRIBUTE = CurrentViewerResolver.class.getName() + ".VIEWER";

    private final AccountService accounts;

    CurrentViewerResolver(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Viewer.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SendUser user)) {
            throw new AccessDeniedException("Not signed in");
        }
        HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
        HttpSession session = http == null ? null : http.getSession(false);
        Viewer kept = kept(session, user);
        if (kept != null) {
            return kept;
        }
        // not added to the session here: several requests of one session at once would each add it, and the
        // session store refuses the same attribute twice; sign-in (SignInHandlers) keeps it
        return accounts.viewer(user.userId())
                .filter(v -> v.role() == user.role())
                .orElseThrow(() -> new AccessDeniedException("Account disabled or changed"));
    }

    /** The viewer kept in the session, if it is this person's in this role. */
    private static Viewer kept(HttpSession session, SendUser user) {
        if (session == null) {
            return null;
        }
        Object kept;
        try {
            kept = session.getAttribute(SESSION_ATTRIBUTE);
        } catch (RuntimeException e) {
            // written by another version of the class (a session from before a deployment): read it afresh
            return null;
        }
        return kept instanceof Viewer viewer && viewer.userId() == user.userId() && viewer.role() == user.role()
                ? viewer : null;
    }
}
