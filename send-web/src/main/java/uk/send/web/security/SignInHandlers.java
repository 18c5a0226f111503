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

import uk.send.domain.access.AccountService;

/**
 * What happens after the sign-in form: success clears the failure count and is audited; a wrong
 * password counts towards the lockout. Every failure shows the same message, so the form does not
 * reveal which addresses have accounts.
 */
@Component
class SignInHandlers {

    private final AccountService accounts;

    SignInHandlers(AccountService accounts) {
        this.accounts = accounts;
    }

    SavedRequestAwareAuthenticationSuccessHandler success() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                                Authentication authentication) throws IOException, jakarta.servlet.ServletException {
                if (authentication.getPrincipal() instanceof SendUser user) {
                    accounts.recordSignIn(user.userId());
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setDefaultTargetUrl("/");
        return handler;
    }

    SimpleUrlAuthenticationFailureHandler failure() {
        return new SimpleUrlAuthenticationFailureHandler("/login?error") {
            @Override
            public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                                AuthenticationException exception) throws IOException, jakarta.servlet.ServletException {
                String email = request.getParameter("username");
                if (exception instanceof BadCredentialsException && email != null && !email.isBlank()) {
                    accounts.recordFailedSignIn(email);
                }
                super.onAuthenticationFailure(request, response, exception);
            }
        };
    }
}
