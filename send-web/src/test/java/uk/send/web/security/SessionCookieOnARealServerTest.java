package uk.send.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.testing.Fixtures;

/**
 * The session cookie and HSTS as a browser receives them from the real server (Tomcat, Spring Session, Spring
 * Security and the {@link TrustedProxyFilter} together, which MockMvc does not put together: there the cookie comes
 * back as {@code SESSION=…; Path=/}). The client is a plain socket speaking HTTP/1.0 (and HTTP/1.1), so that nothing between the
 * test and the server adds, drops or rewrites a header, and so that it can call from a second loopback address:
 * 127.0.0.1 is the configured TLS proxy, 127.0.0.2 is anyone else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "send.security.trusted-proxies=127.0.0.1")
class SessionCookieOnARealServerTest {

    static final String PROXY = "127.0.0.1";
    static final String SOMEONE_ELSE = "127.0.0.2";
    static final Map<String, String> HTTPS = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.20");

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @Test
    void signed_in_through_the_tls_proxy_the_session_cookie_is_secure_http_only_and_lax_and_hsts_is_sent() throws IOException {
        Response signedIn = signIn(PROXY, HTTPS, Map.of());

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).isEqualTo("/");
        String session = signedIn.setCookie("SESSION");
        assertThat(attributes(session)).contains("secure", "httponly", "samesite=lax", "path=/");
        assertThat(signedIn.header("Strict-Transport-Security")).contains("max-age=31536000").contains("includeSubDomains");
        // the sign-in form's CSRF cookie, through the proxy, is Secure too
        Response form = exchange(PROXY, "GET", "/login", HTTPS, Map.of(), null);
        assertThat(attributes(form.setCookie("XSRF-TOKEN"))).contains("secure", "httponly", "samesite=lax");
        assertThat(form.setCookie("SESSION")).as("no session for an anonymous view of the sign-in page").isNull();
    }

    @Test
    void over_plain_http_the_session_cookie_is_http_only_and_lax_but_not_secure_and_no_hsts() throws IOException {
        Response signedIn = signIn(PROXY, Map.of(), Map.of());

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(attributes(signedIn.setCookie("SESSION"))).contains("httponly", "samesite=lax").doesNotContain("secure");
        assertThat(signedIn.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void a_forged_forwarded_proto_from_an_address_not_configured_gets_no_secure_cookie_and_no_hsts() throws IOException {
        Response page = exchange(SOMEONE_ELSE, "GET", "/login", HTTPS, Map.of(), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Strict-Transport-Security")).isNull();
        assertThat(attributes(page.setCookie("XSRF-TOKEN"))).doesNotContain("secure");

        Response signedIn = signIn(SOMEONE_ELSE, HTTPS, Map.of());
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(attributes(signedIn.setCookie("SESSION"))).contains("httponly", "samesite=lax").doesNotContain("secure");
        assertThat(signedIn.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void the_host_header_never_shapes_a_redirect_on_the_real_server() throws IOException {
        Map<String, String> evil = new LinkedHashMap<>(HTTPS);
        evil.put("Host", "evil.example");
        evil.put("X-Forwarded-Host", "evil.example");
        evil.put("Forwarded", "host=evil.example;proto=https");

        // refused while signed out: sent to the sign-in page by path alone, from the proxy and from anyone else, in
        // HTTP/1.1 and in HTTP/1.0 (for which Tomcat by itself would build the address from the Host header)
        for (String from : List.of(PROXY, SOMEONE_ELSE)) {
            for (String protocol : List.of("HTTP/1.1", "HTTP/1.0")) {
                Response refused = exchange(protocol, from, "GET", "/commissioner", evil, Map.of(), null);
                assertThat(refused.status()).as(protocol + " from " + from).isEqualTo(302);
                assertThat(refused.header("Location")).as(protocol + " from " + from).isEqualTo("/login");
            }
        }

        // the request saved then brings the person back by path only, whatever Host the sign-in carries
        Response refused = exchange(PROXY, "GET", "/commissioner", evil, Map.of(), null);
        String saved = value(refused.setCookie("SESSION"));
        Response signedIn = signIn(PROXY, evil, Map.of("SESSION", saved));
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).startsWith("/commissioner").doesNotContain("evil");
    }

    // --- a plain HTTP client

    /** Fetches the sign-in form for its CSRF token and signs a new commissioner in, from the address given. */
    private Response signIn(String from, Map<String, String> headers, Map<String, String> cookies) throws IOException {
        AccountView user = fixtures.account(Role.COMMISSIONER, null, Set.of());
        Response form = exchange(from, "GET", "/login", headers, cookies, null);
        assertThat(form.status()).isEqualTo(200);
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"")
                .matcher(form.body());
        assertThat(token.find()).as("the sign-in form's CSRF token").isTrue();
        Map<String, String> withToken = new LinkedHashMap<>(cookies);
        withToken.put("XSRF-TOKEN", value(form.setCookie("XSRF-TOKEN")));
        String body = "username=" + URLEncoder.encode(user.email(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1) != null ? token.group(1) : token.group(2), StandardCharsets.UTF_8);
        return exchange(from, "POST", "/login", headers, withToken, body);
    }

    private Response exchange(String from, String method, String path, Map<String, String> headers,
                              Map<String, String> cookies, String form) throws IOException {
        return exchange("HTTP/1.0", from, method, path, headers, cookies, form);
    }

    /**
     * One request on its own connection, made from the local address given, exactly as written here (HTTP/1.0 by
     * default, so the body comes back whole rather than in chunks).
     */
    private Response exchange(String protocol, String from, String method, String path, Map<String, String> headers,
                              Map<String, String> cookies, String form) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(method + " " + path + " " + protocol + "\r\nConnection: close\r\n");
            if (!headers.containsKey("Host")) {
                request.append("Host: localhost:").append(port).append("\r\n");
            }
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            if (!cookies.isEmpty()) {
                request.append("Cookie: ").append(String.join("; ",
                        cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList())).append("\r\n");
            }
            byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
            if (form != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\n");
                request.append("Content-Length: ").append(body.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return Response.parse(readAll(socket.getInputStream()));
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }

    /** A Set-Cookie header's attributes, lower case: {@code secure}, {@code httponly}, {@code samesite=lax}, … */
    private static List<String> attributes(String setCookie) {
        assertThat(setCookie).as("the Set-Cookie header").isNotNull();
        List<String> attributes = new ArrayList<>();
        String[] parts = setCookie.split(";");
        for (int i = 1; i < parts.length; i++) {
            attributes.add(parts[i].strip().toLowerCase(Locale.ROOT));
        }
        return attributes;
    }

    private static String value(String setCookie) {
        assertThat(setCookie).as("the Set-Cookie header").isNotNull();
        String pair = setCookie.split(";")[0];
        return pair.substring(pair.indexOf('=') + 1);
    }

    record Response(int status, List<String[]> headers, String body) {

        static Response parse(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            String head = end < 0 ? raw : raw.substring(0, end);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            List<String[]> headers = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.add(new String[] {lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip()});
            }
            return new Response(status, headers, end < 0 ? "" : raw.substring(end + 4));
        }

        String header(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst().orElse(null);
        }

        /** The Set-Cookie header that sets the cookie named, with a value (not one that clears it). */
        String setCookie(String cookie) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase("Set-Cookie"))
                    .map(h -> h[1]).filter(v -> v.startsWith(cookie + "=") && !v.startsWith(cookie + "=;"))
                    .reduce((first, last) -> last).orElse(null);
        }
    }
}
