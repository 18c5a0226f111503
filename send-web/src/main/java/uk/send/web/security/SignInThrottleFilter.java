package uk.send.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

import org.springframework.web.filter.OncePerRequestFilter;

import uk.send.domain.access.SignInThrottle;
import uk.send.domain.access.SignInThrottle.Refusal;

/**
 * Before a sign-in's password is checked: an address that has sent too many wrong passwords is refused (the
 * sign-in page says to wait), and an address locked out of this account gets the wrong-password answer, so the
 * refusal tells nothing of whether the account exists. A refused attempt is not counted against anyone.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Refusal> refusal = throttle.refusal(request.getRemoteAddr(), request.getParameter("username"));
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(refusal.get() == Refusal.ADDRESS ? "/login?throttled" : "/login?error");
    }
}
