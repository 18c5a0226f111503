package uk.send.web.security;

import jakarta.servlet.DispatcherType;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import uk.send.domain.access.SignInThrottle;

/**
 * Deny by default: every route is in {@link Routes} with the roles that reach it, and everything else is
 * refused. Form sign-in against accounts in the database, CSRF on every POST (token in a cookie, so an
 * anonymous page creates no session), a new session id on sign-in (sessions live in the database), and the security headers (CSP with nonces, nosniff, no framing, referrer policy).
 * Sign-in is throttled per client address and per account at an address ({@link SignInThrottleFilter}); behind a
 * TLS proxy, HSTS and {@code Secure} cookies follow {@code X-Forwarded-Proto} from a configured proxy only
 * ({@link TrustedProxyFilter}); every redirect is relative, so the {@code Host} header never shapes one.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Permissions the pages never use, refused to them and to anything they embed. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), "
            + "screen-wake-lock=(), xr-spatial-tracking=()";

    /** The proxy filter, first of all filters (before Spring Session's, so the session cookie sees HTTPS). */
    @Bean
    FilterRegistrationBean<TrustedProxyFilter> trustedProxyFilter(
            @Value("${send.security.trusted-proxies:}") List<String> trustedProxies) {
        FilterRegistrationBean<TrustedProxyFilter> registration = new FilterRegistrationBean<>(new TrustedProxyFilter(trustedProxies));
        registration.setOrder(Integer.MIN_VALUE + 10);
        return registration;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInHandlers signIn,
                                            AuditingAccessDeniedHandler accessDenied, SignInThrottle throttle) throws Exception {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        http.authorizeHttpRequests(this::authorise)
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(signIn.success())
                        .failureHandler(signIn.failure())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessHandler(signIn.signedOut())
                        .deleteCookies("SESSION", "JSESSIONID"))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
                .exceptionHandling(e -> e.accessDeniedHandler(accessDenied).authenticationEntryPoint(entryPoint))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        // sent on HTTPS responses only (directly, or from a trusted TLS proxy)
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
                .addFilterBefore(new ContentSecurityPolicyFilter(), HeaderWriterFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /**
     * The CSRF token lives in its own cookie (HttpOnly, SameSite=Lax; Secure over HTTPS) rather than in the
     * session: the sign-in form needs a token, and keeping it in the session made every anonymous view of the
     * sign-in page create a session, which with sessions in the database is a row written per visit. The
     * token is still checked on every POST (the form's masked copy against the cookie's), and replaced at
     * sign-in and sign-out.
     */
    private static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
        return tokens;
    }

    private void authorise(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        // error pages and forwards are rendered for a request that was already authorised (or refused)
        auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
        auth.requestMatchers(Routes.PUBLIC.toArray(String[]::new)).permitAll();
        for (Routes.Route route : Routes.ROLE_ROUTES) {
            auth.requestMatchers(route.pattern()).hasAnyRole(route.roles().stream().map(Enum::name).toArray(String[]::new));
        }
        auth.requestMatchers(Routes.ANY_SIGNED_IN.toArray(String[]::new)).authenticated();
        auth.anyRequest().denyAll();
    }
}
