package uk.send.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Behind a TLS-terminating proxy: {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are honoured only when
 * the request comes from one of the configured proxies ({@code send.security.trusted-proxies}, addresses or
 * CIDR ranges; none by default), so that a caller cannot claim another client address (and dodge the sign-in
 * throttle) or pretend to be on HTTPS. From a trusted proxy, the client is the right-most address that is not
 * itself a trusted proxy, and {@code https} makes the request secure (so HSTS is sent and cookies are
 * {@code Secure}). {@code X-Forwarded-Host} and the {@code Host} header are never used: redirects are relative.
 * Tomcat's {@code use-relative-redirects} is not enough for that: it makes the redirects of an HTTP/1.0 request
 * (as nginx's {@code proxy_pass} sends by default, or as anyone may send) absolute from the {@code Host} header, so
 * the response is wrapped to send a redirect to a path as that path, whatever the protocol.
 * Runs before everything else, Spring Session and Spring Security included.
 */
final class TrustedProxyFilter extends OncePerRequestFilter {

    private final List<IpAddressMatcher> proxies;

    TrustedProxyFilter(List<String> trustedProxies) {
        this.proxies = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).map(IpAddressMatcher::new).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response = new RelativeRedirects(response);
        if (proxies.isEmpty() || !trusted(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        String client = client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        String proto = request.getHeader("X-Forwarded-Proto");
        boolean https = proto == null ? request.isSecure() : "https".equals(lastValue(proto).toLowerCase(Locale.ROOT));
        chain.doFilter(new Forwarded(request, client, https), response);
    }

    private boolean trusted(String address) {
        try {
            return proxies.stream().anyMatch(p -> p.matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    /** The right-most address in the chain that is not a trusted proxy (the one the first proxy saw). */
    private String client(String remote, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank()) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.matches("[0-9A-Fa-f.:]{2,45}")) {
                return remote;
            }
            if (!trusted(hop)) {
                return hop;
            }
        }
        return hops[0].strip();
    }

    private static String lastValue(String header) {
        String[] values = header.split(",");
        return values[values.length - 1].strip();
    }

    /** The request as the client made it: its address and whether it was HTTPS. */
    private static final class Forwarded extends HttpServletRequestWrapper {
        private final String client;
        private final boolean https;

        Forwarded(HttpServletRequest request, String client, boolean https) {
            super(request);
            this.client = client;
            this.https = https;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public boolean isSecure() {
            return https;
        }

        @Override
        public String getScheme() {
            return https ? "https" : "http";
        }

        @Override
        public int getServerPort() {
            return https ? 443 : super.getServerPort();
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(getScheme()).append("://").append(getServerName());
            if (!(https && getServerPort() == 443)) {
                url.append(':').append(getServerPort());
            }
            return url.append(getRequestURI());
        }
    }

    /**
     * A redirect to a path on this service ({@code /…}, not {@code //…}) goes out as that path: the status and the
     * {@code Location} header set here rather than by Tomcat, which would make it absolute from the {@code Host}
     * header for HTTP/1.0. Any other location is left to the container.
     */
    static final class RelativeRedirects extends HttpServletResponseWrapper {

        RelativeRedirects(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            sendRedirect(location, SC_FOUND, true);
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            sendRedirect(location, SC_FOUND, clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int status) throws IOException {
            sendRedirect(location, status, true);
        }

        @Override
        public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
            if (location == null || !location.startsWith("/") || location.startsWith("//") || location.startsWith("/\\")) {
                super.sendRedirect(location, status, clearBuffer);
                return;
            }
            if (isCommitted()) {
                throw new IllegalStateException("a redirect after the response was committed");
            }
            if (clearBuffer) {
                resetBuffer();
            }
            setStatus(status);
            setHeader("Location", location);
            flushBuffer();
        }
    }
}
