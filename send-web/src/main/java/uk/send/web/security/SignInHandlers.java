package uk.send.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.SignInThrottle;

/**
 * What happens after the sign-in form: success clears the failure count and is audited; a wrong
 * password counts towards the lockout and the client address's throttle ({@link SignInThrottle}). Every
 * failure shows the same message, so the form does not reveal which addresses have accounts. Redirects are
 * relative ({@link RelativeRedirects}): a saved request's absolute URL was built from the Host header.
 */
@Component
class SignInHandlers {

    private final AccountService accounts;
    private final SignInThrottle throttle;

    SignInHandlers(AccountService accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    SavedRequestAwareAuthenticationSuccessHandler success() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                                Authentication authentication) throws IOException, jakarta.servlet.ServletException {
                if (authentication.getPrincipal() instanceof SendUser user) {
                    accounts.recordSignIn(user.userId());
                    throttle.recordSuccess(request.getRemoteAddr(), user.userId());
                    // the viewer, read once here and kept for the session (CurrentViewerResolver): set while this
                    // is the session's only request, never by concurrent requests racing to add the same attribute
                    accounts.viewer(user.userId()).filter(v -> v.role() == user.role()).ifPresent(viewer ->
                            request.getSession().setAttribute(CurrentViewerResolver.SESSION_ATTRIBUTE, viewer));
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setDefaultTargetUrl("/");
        handler.setRedirectStrategy(new RelativeRedirects());
        return handler;
    }

    SimpleUrlAuthenticationFailureHandler failure() {
        SimpleUrlAuthenticationFailureHandler handler = new SimpleUrlAuthenticationFailureHandler("/login?error") {
            @Override
            public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                                AuthenticationException exception) throws IOException, jakarta.servlet.ServletException {
                String email = request.getParameter("username");
                if (exception instanceof BadCredentialsException) {
                    // from this address, for this account (if there is one), and for the account from anywhere
                    throttle.recordFailure(request.getRemoteAddr(), email);
                }
                super.onAuthenticationFailure(request, response, exception);
            }
        };
        handler.setRedirectStrategy(new RelativeRedirects());
        return handler;
    }

    LogoutSuccessHandler signedOut() {
        SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler();
        handler.setDefaultTargetUrl("/login?signedOut");
        handler.setRedirectStrategy(new RelativeRedirects());
        return handler;
    }
}
