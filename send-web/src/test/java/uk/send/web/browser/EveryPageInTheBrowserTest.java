package uk.send.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.filter.OncePerRequestFilter;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import uk.send.domain.demo.DemoAccounts;
import uk.send.domain.testing.CiFigures;

/**
 * Every kind of page each demo account reaches by following links, in a real browser at 375 px wide:
 * no server error, no axe-core WCAG 2.2 A/AA violation, no error from the W3C Nu HTML Checker, no
 * horizontal scroll. The error state of each
 * form (submitted with its text fields emptied) is checked the same way. Pages are grouped by their
 * path with ids taken out (the query does not count), and one of each kind is visited, so the run stays
 * short however much demo data there is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "send.demo-data=true")
@Import(EveryPageInTheBrowserTest.RecordServerErrors.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageInTheBrowserTest {

    static final int PER_KIND = 1;
    static final int MAX_PAGES = 60;
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final String ANONYMOUS = "anonymous";
    /** A common desktop width, at which wide tables such as the audit trail must fit without scrolling. */
    static final int DESKTOP_WIDTH = 1280;

    @LocalServerPort
    int port;

    @Autowired
    ServerErrors serverErrors;

    ChromeDriver browser;

    final HtmlChecker html = new HtmlChecker();

    @BeforeAll
    void openTheBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    static Stream<String> accounts() {
        // the second caseworker sees the same kinds of page as the first (scope is proved elsewhere)
        List<String> accounts = new ArrayList<>(DemoAccounts.ALL);
        accounts.remove(DemoAccounts.CASEWORKER_SOUTH);
        accounts.add("adviser@demo.send");
        accounts.add("localoffer@demo.send");
        accounts.add(DemoAccounts.PROVIDER);
        accounts.add(DemoAccounts.OUTREACH);
        accounts.add(DemoAccounts.YOUNG_PERSON);
        accounts.add(ANONYMOUS);
        return accounts.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accounts")
    void every_page_reached_by_links_is_accessible_and_fits_a_phone(String account) {
        String base = "http://localhost:" + port;
        browser.manage().deleteAllCookies();
        serverErrors.clear();
        String start = account.equals(ANONYMOUS) ? base + "/local-offer" : signIn(base, account);

        List<String> problems = new ArrayList<>();
        Map<String, Integer> kinds = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> formPages = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start, base + "/login", base + "/login-does-not-exist"));
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES) {
            String url = queue.poll();
            if (!seen.add(url) || kinds.merge(kindOf(url), 1, Integer::sum) > PER_KIND) {
                continue;
            }
            visited++;
            browser.get(url);
            if (!browser.getCurrentUrl().startsWith(base)) {
                continue;
            }
            problems.addAll(check(url));
            problems.addAll(validate(url, served()));
            if (!browser.findElements(By.cssSelector("form[method=post] input[type=text], form[method=post] textarea"))
                    .isEmpty()) {
                formPages.add(url);
            }
            for (String link : links(base)) {
                if (!seen.contains(link)) {
                    queue.add(link);
                }
            }
        }
        for (String url : formPages) {
            problems.addAll(submitEmptied(url));
        }
        problems.addAll(serverErrors.drain().stream().map(u -> u + ": server error").toList());

        System.out.printf("browser: %s — %d pages, %d form error states, %d problems%n", account, visited,
                formPages.size(), problems.size());
        CiFigures.record("browser " + account, visited + " pages + " + formPages.size() + " form error states: "
                + count(problems, ": axe ") + " axe violations, " + count(problems, ": HTML ") + " HTML errors, "
                + count(problems, "scrolls sideways at ") + " pages overflowing at " + Browser.PHONE_WIDTH + " px, "
                + count(problems, ": server error") + " server errors");
        assertThat(visited).as("pages visited as " + account).isGreaterThanOrEqualTo(2);
        assertThat(problems).as("problems met as " + account).isEmpty();
    }

    private static long count(List<String> problems, String kind) {
        return problems.stream().filter(p -> p.contains(kind)).count();
    }

    /**
     * The audit trail, with the demo data's entries and this run's sign-ins in it, fits a desktop screen: at 1280 px
     * neither the page nor the table's own scrolling region scrolls sideways.
     */
    @Test
    void the_audit_table_fits_at_1280_px() {
        String base = "http://localhost:" + port;
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(DESKTOP_WIDTH, 900));
        try {
            signIn(base, DemoAccounts.ADMIN);
            browser.get(base + "/admin/audit");
            assertThat(browser.findElements(By.cssSelector("#admin-audit-table tbody tr"))).as("audit entries shown").isNotEmpty();
            @SuppressWarnings("unchecked")
            List<Number> widths = (List<Number>) ((JavascriptExecutor) browser).executeScript("""
                    const region = document.getElementById('admin-audit-table').closest('.app-table-scroll');
                    return [window.innerWidth, document.documentElement.scrollWidth, region.clientWidth, region.scrollWidth];""");
            CiFigures.record("browser audit table at " + DESKTOP_WIDTH + " px", "table " + widths.get(3) + " px in a region of "
                    + widths.get(2) + " px, page " + widths.get(1) + " px in a window of " + widths.get(0) + " px");
            assertThat(widths.get(1).intValue()).as("the page's width at %d px", DESKTOP_WIDTH).isLessThanOrEqualTo(widths.get(0).intValue());
            assertThat(widths.get(3).intValue()).as("the audit table's width in its region").isLessThanOrEqualTo(widths.get(2).intValue());
        } finally {
            browser.manage().window().setSize(new Dimension(Browser.PHONE_WIDTH, 900));
        }
    }

    private String signIn(String base, String account) {
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(account);
        browser.findElement(By.id("password")).sendKeys(DemoAccounts.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();
        assertThat(browser.getCurrentUrl()).as(account + " signed in").doesNotContain("/login");
        return browser.getCurrentUrl();
    }

    /**
     * The same page for another record, or sorted or filtered another way, is the same kind of page; a code in
     * capitals (a retention record type, a Local Offer page) names a record as an id does.
     */
    static String kindOf(String url) {
        return URI.create(url).getPath().replaceAll("/\\d+", "/{id}").replaceAll("/[A-Z][A-Z_]+(?=/|$)", "/{code}");
    }

    private List<String> links(String base) {
        List<String> links = new ArrayList<>();
        for (WebElement a : browser.findElements(By.cssSelector("a[href]"))) {
            String href = a.getDomProperty("href");
            if (href == null || !href.startsWith(base) || a.getDomAttribute("download") != null) {
                continue;
            }
            String path = URI.create(href).getPath();
            if (path.endsWith(".pdf") || path.endsWith(".csv") || path.startsWith("/logout")
                    || path.startsWith("/actuator") || path.startsWith("/webjars") || path.startsWith("/assets")
                    || path.startsWith("/local-offer/api")) { // the Open Referral API answers JSON, not pages
                continue;
            }
            links.add(href.replaceAll("#.*$", ""));
        }
        return links;
    }

    private List<String> check(String url) {
        List<String> problems = new ArrayList<>();
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
        for (Rule violation : results.getViolations()) {
            problems.add(url + ": axe " + violation.getId() + " (" + violation.getNodes().size() + " nodes) "
                    + violation.getHelp());
        }
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return [window.innerWidth, document.documentElement.scrollWidth];");
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) overflow;
        if (widths.get(1).intValue() > widths.get(0).intValue()) {
            problems.add(url + ": scrolls sideways at " + widths.get(0) + " px (page is " + widths.get(1) + " px)");
        }
        return problems;
    }

    /** A form sent with its text emptied shows its errors on the same page, and that page is checked too. */
    private List<String> submitEmptied(String url) {
        browser.get(url);
        List<WebElement> forms = browser.findElements(By.cssSelector("form[method=post]")).stream()
                .filter(f -> !f.findElements(By.cssSelector("input[type=text], textarea")).isEmpty())
                .toList();
        if (forms.isEmpty()) {
            return List.of();
        }
        WebElement form = forms.get(0);
        for (WebElement field : form.findElements(By.cssSelector("input[type=text], textarea"))) {
            if (field.isDisplayed() && field.isEnabled()) {
                field.clear();
            }
        }
        List<WebElement> submit = form.findElements(By.cssSelector("button[type=submit], button:not([type]), input[type=submit]"));
        if (submit.isEmpty() || !submit.get(0).isDisplayed()) {
            return List.of();
        }
        submit.get(0).click();
        String state = url + " (submitted with its text emptied)";
        List<String> problems = new ArrayList<>(check(state));
        problems.addAll(validate(state, "<!DOCTYPE html>" + browser.getPageSource()));
        return problems;
    }

    /** The page's markup as the server sent it (the browser's DOM has been changed by scripts since). */
    private String served() {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(location.href, {credentials: 'same-origin', headers: {Accept: 'text/html'}}).then(r => r.text()).then(done, e => done(''));");
    }

    private List<String> validate(String url, String markup) {
        return html.errors(markup).stream().map(e -> url + ": HTML " + e).toList();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class RecordServerErrors {
        @Bean
        ServerErrors serverErrors() {
            return new ServerErrors();
        }
    }

    /** Every response with a 5xx status, whatever page it was. */
    static class ServerErrors extends OncePerRequestFilter {

        private final List<String> urls = new CopyOnWriteArrayList<>();

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } finally {
                if (response.getStatus() >= 500) {
                    urls.add(request.getMethod() + " " + request.getRequestURI());
                }
            }
        }

        void clear() {
            urls.clear();
        }

        List<String> drain() {
            List<String> copy = List.copyOf(urls);
            urls.clear();
            return copy;
        }
    }
}
