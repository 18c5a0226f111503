package uk.send.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.SettingView;
import uk.send.domain.support.TimeConfiguration;
import uk.send.domain.testing.CiFigures;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.plan.DemoPlans;
import uk.send.pathway.plan.EhcPlans;

/**
 * The two journeys a plan lives by, in a real browser at 375 px, each person signing in and following links and
 * forms as they would: (a) a caseworker takes a request for an EHC needs assessment to a draft plan, the parent
 * reads it, answers it section by section and asks for a school, and the caseworker, seeing that answer, issues
 * the final plan the parent then reads (with its PDF); (b) a caseworker records an annual review, decides to
 * amend and sends the proposed amendments, the parent comments on them, and after the family's 15 days the
 * caseworker issues the amended plan, which the parent reads beside the earlier versions. Every page on the way
 * is checked with axe-core (WCAG 2.2 A/AA) and the Nu HTML Checker and must not scroll sideways at 375 px.
 *
 * <p>"Today" is the injected clock, which this test can move on (the family's 15 days on proposed amendments
 * must run before the amended plan is issued); every date typed is counted from it. The people, child, school
 * and plan are the test's own fixtures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({EveryPageInTheBrowserTest.RecordServerErrors.class, MainJourneysInTheBrowserTest.MovableClock.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MainJourneysInTheBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    EveryPageInTheBrowserTest.ServerErrors serverErrors;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    DemoPlans demoPlans;
    @Autowired
    EhcPlans plans;
    @Autowired
    Clock clock;
    @Autowired
    MovableClock movable;

    ChromeDriver browser;
    final HtmlChecker html = new HtmlChecker();
    final List<String> problems = new ArrayList<>();
    int pagesChecked;
    String base;

    FootprintView north;
    SettingView school;
    AccountView caseworker;
    AccountView parent;

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

    @BeforeEach
    void freshFamily() {
        movable.reset();
        base = "http://localhost:" + port;
        serverErrors.clear();
        problems.clear();
        pagesChecked = 0;
        north = fixtures.footprint();
        school = fixtures.school(north);
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(north.id()));
        parent = fixtures.account(Role.PARENT, null, Set.of());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void a_caseworker_takes_a_request_to_a_final_plan_that_the_parent_answers_and_reads() {
        long started = System.nanoTime();
        long child = fixtures.child(north, school, parent);
        LocalDate received = today().minusWeeks(12);

        // the caseworker records the request from the child's record
        signIn(caseworker);
        open("/children/" + child);
        follow("a[href='/caseworker/assessments/new?child=" + child + "']");
        choose("requestedBy", "PARENT");
        date(received);
        type("text", "Little progress despite SEN support over two years.");
        send("text");
        assertThat(path()).matches("/caseworker/assessments/\\d+");
        long id = Long.parseLong(path().substring(path().lastIndexOf('/') + 1));
        String caseAddress = "/caseworker/assessments/" + id;

        // decision to assess, advice asked for and received, decision to issue, the draft
        step("decide-to-assess", received.plusWeeks(4));
        followStep("request-advice");
        choose("source", "EDUCATIONAL_PSYCHOLOGY");
        type("addressee", "Educational psychology service");
        date(received.plusWeeks(4));
        send("day");
        assertThat(path()).isEqualTo(caseAddress);
        follow("a[href*='/steps/receive-advice?advice=']");
        date(received.plusWeeks(9));
        type("text", "Needs a calm room and short tasks.");
        send("day");
        step("decide-to-issue", received.plusWeeks(10));
        step("issue-draft", today().minusDays(2));

        // the parent reads the draft and answers it section by section, asking for the school
        signIn(parent);
        assertThat(path()).isEqualTo("/parent");
        assertThat(text()).contains("You can comment on the draft until");
        follow("a[href='/parent/cases/" + id + "']");
        follow("a[href='/parent/cases/" + id + "/response']");
        follow("a[href$='/versions/1']");
        assertThat(text()).contains("This is a draft");
        browser.navigate().back();
        checkPage();
        type("comments", "Please add more about friendships.");
        type("sectionB", "Reading is the hardest part of the day.");
        type("sectionF", "Speech therapy weekly, please.");
        new Select(browser.findElement(By.id("settingId"))).selectByValue(String.valueOf(school.id()));
        send("comments");
        assertThat(path()).isEqualTo("/parent/cases/" + id + "/response/sent");
        assertThat(text()).contains("Please add more about friendships.", "Speech therapy weekly, please.", school.name());

        // the caseworker sees the family's answer and issues the final plan naming the school
        signIn(caseworker);
        open(caseAddress);
        assertThat(text()).contains("Sent online by the parent or carer", "Please add more about friendships.",
                "Reading is the hardest part of the day.", "Speech therapy weekly, please.", school.name());
        followStep("finalise");
        date(today());
        new Select(browser.findElement(By.id("settingId"))).selectByValue(String.valueOf(school.id()));
        send("day");
        assertThat(path()).isEqualTo(caseAddress);

        // the parent reads the final plan, and its PDF is there
        signIn(parent);
        assertThat(text()).contains("The final EHC plan has been issued.");
        follow("a[href$='/versions/2']");
        assertThat(text()).contains(school.name()).doesNotContain("This is a draft");
        String pdf = browser.findElement(By.cssSelector("a[href$='/versions/2.pdf']")).getDomProperty("href");
        assertThat(fetch(pdf)).as("the final plan's PDF").isEqualTo("200 application/pdf");

        finish("request to final plan", started);
    }

    @Test
    void a_caseworker_reviews_a_plan_and_issues_the_amended_plan_the_parent_commented_on() {
        long started = System.nanoTime();
        long child = fixtures.child(north, school, parent);
        demoPlans.writeExisting(child, school.id(), today().minusMonths(11), "tests@example.test");
        long plan = plans.currentFor(accounts.viewer(caseworker.id()).orElseThrow(), child).orElseThrow().id();
        String planAddress = "/plans/" + plan;
        String reviews = planAddress + "/reviews";

        // the caseworker arranges the review from the plan's next action, records the report and decides to amend
        signIn(caseworker);
        open(planAddress);
        follow("a[href='" + reviews + "/arrange']");
        date(today().minusDays(5));
        send("day");
        assertThat(path()).isEqualTo(reviews);
        follow("a[href='" + reviews + "/report']");
        date(today().minusDays(1));
        send("day");
        follow("a[href='" + reviews + "/decide']");
        choose("decision", "AMEND");
        date(today());
        send("day");
        assertThat(path()).isEqualTo(reviews);

        // the working copy changes, and goes to the family as proposed amendments
        open(planAddress);
        follow("a[href='" + planAddress + "/sections/B']");
        type("text", "Reading now close to age level; spelling still needs support.");
        send("text");
        open(reviews);
        follow("a[href='" + reviews + "/propose']");
        date(today());
        send("day");
        assertThat(path()).isEqualTo(reviews);

        // the parent reads them and comments within the 15 days
        signIn(parent);
        follow("a[href='/parent/reviews/" + plan + "']");
        follow("a[href='" + planAddress + "/versions/2']");
        assertThat(text()).contains("Reading now close to age level");
        browser.navigate().back();
        checkPage();
        type("comments", "We agree, and would like the spelling support to continue.");
        send("comments");
        assertThat(path()).isEqualTo("/parent/reviews/" + plan);
        assertThat(browser.findElements(By.cssSelector(".govuk-notification-banner--success"))).as("comments sent").isNotEmpty();

        // fifteen days on, the caseworker sees the comments and issues the amended plan
        movable.moveOn(Duration.ofDays(15));
        signIn(caseworker);
        open(reviews);
        assertThat(text()).contains("We agree, and would like the spelling support to continue.");
        follow("a[href='" + reviews + "/issue-amended']");
        date(today());
        send("day");
        assertThat(path()).isEqualTo(reviews);

        // the parent reads the amended plan and finds the earlier versions beside it
        signIn(parent);
        follow("a[href='" + planAddress + "/versions/3']");
        assertThat(text()).contains("Reading now close to age level").doesNotContain("This is a draft");
        follow("a[href='" + planAddress + "']");
        assertThat(browser.findElements(By.cssSelector("#versions-table a[href^='" + planAddress + "/versions/']"))
                .stream().map(a -> a.getDomAttribute("href")).toList())
                .contains(planAddress + "/versions/1", planAddress + "/versions/3");

        finish("annual review to amended plan", started);
    }

    // --- moving through the service as a person would

    private void signIn(AccountView account) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        checkPage();
        browser.findElement(By.id("username")).sendKeys(account.email());
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        send("password");
        assertThat(path()).as(account.role() + " signed in").doesNotStartWith("/login");
    }

    /** A page reached by its address (as from a bookmark or the navigation), checked. */
    private void open(String address) {
        browser.get(base + address);
        checkPage();
    }

    /** Follows the first link matching the selector, and checks the page it leads to. */
    private void follow(String selector) {
        List<WebElement> links = browser.findElements(By.cssSelector(selector));
        assertThat(links).as("a link " + selector + " on " + path()).isNotEmpty();
        links.get(0).click();
        checkPage();
    }

    /** From the case page, the step's button (the next action or one of the others). */
    private void followStep(String slug) {
        follow("a.govuk-button[href*='/steps/" + slug + "']");
    }

    /** A step with only a date, taken from the case page, which it returns to. */
    private void step(String slug, LocalDate on) {
        String caseAddress = path().replaceAll("/steps/.*$", "");
        followStep(slug);
        date(on);
        send("day");
        assertThat(path()).as("after " + slug).isEqualTo(caseAddress);
    }

    private void choose(String name, String value) {
        WebElement radio = browser.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        browser.findElement(By.cssSelector("label[for='" + radio.getDomAttribute("id") + "']")).click();
        assertThat(radio.isSelected()).as(name + " chosen").isTrue();
    }

    private void date(LocalDate on) {
        type("day", String.valueOf(on.getDayOfMonth()));
        type("month", String.valueOf(on.getMonthValue()));
        type("year", String.valueOf(on.getYear()));
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Sends the form the field belongs to with its own button, and checks the page that comes back. */
    private void send(String fieldId) {
        WebElement form = browser.findElement(By.id(fieldId)).findElement(By.xpath("ancestor::form"));
        form.findElement(By.cssSelector("button[type=submit], button:not([type])")).click();
        assertThat(browser.findElements(By.cssSelector(".govuk-error-summary")))
                .as("an error summary after sending the form with " + fieldId + " on " + path() + ": " + text())
                .isEmpty();
        checkPage();
    }

    private String path() {
        return java.net.URI.create(browser.getCurrentUrl()).getPath();
    }

    private String text() {
        return browser.findElement(By.tagName("main")).getText();
    }

    /** The status and type of an address fetched with the signed-in session, as a download would be. */
    private String fetch(String address) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' '"
                        + " + (r.headers.get('Content-Type') || '').split(';')[0]), e => done('failed ' + e));", address);
    }

    // --- the checks on every page

    /** axe-core, the Nu HTML Checker on the markup as served, and no sideways scroll at 375 px. */
    private void checkPage() {
        pagesChecked++;
        String url = path();
        Results results = new AxeBuilder().withTags(EveryPageInTheBrowserTest.WCAG).analyze(browser);
        for (Rule violation : results.getViolations()) {
            problems.add(url + ": axe " + violation.getId() + " (" + violation.getNodes().size() + " nodes) " + violation.getHelp());
        }
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "return [window.innerWidth, document.documentElement.scrollWidth];");
        if (widths.get(1).intValue() > widths.get(0).intValue()) {
            problems.add(url + ": scrolls sideways at " + widths.get(0) + " px (page is " + widths.get(1) + " px)");
        }
        String served = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(location.href, {credentials: 'same-origin', headers: {Accept: 'text/html'}}).then(r => r.text()).then(done, e => done(''));");
        html.errors(served).forEach(e -> problems.add(url + ": HTML " + e));
    }

    private void finish(String journey, long started) {
        List<String> errors = serverErrors.drain();
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.printf("browser journey: %s — %d pages checked, %d problems, %d s%n", journey, pagesChecked,
                problems.size(), seconds);
        CiFigures.record("browser journey " + journey, pagesChecked + " pages checked in " + seconds + " s: "
                + problems.stream().filter(p -> p.contains(": axe ")).count() + " axe violations, "
                + problems.stream().filter(p -> p.contains(": HTML ")).count() + " HTML errors, "
                + problems.stream().filter(p -> p.contains("scrolls sideways")).count() + " pages overflowing at "
                + Browser.PHONE_WIDTH + " px, " + errors.size() + " server errors");
        assertThat(errors).as("server errors").isEmpty();
        assertThat(problems).as("problems on the pages of the journey").isEmpty();
    }

    /**
     * The injected clock, in London, which the test can move on by whole days (and back to the present before each
     * test). The application reads "today" only through it.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClock {

        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        @Bean
        @Primary
        Clock movableClock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return TimeConfiguration.LONDON;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return Clock.offset(Clock.system(zone), offset.get());
                }

                @Override
                public Instant instant() {
                    return Instant.now().plus(offset.get());
                }
            };
        }

        void moveOn(Duration by) {
            offset.updateAndGet(d -> d.plus(by));
        }

        void reset() {
            offset.set(Duration.ZERO);
        }
    }
}
