package uk.send.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import uk.send.domain.demo.DemoAccounts;

/**
 * One journey completed with the keyboard alone, in a real browser at 375 px: a parent signs in, opens the case whose
 * draft plan awaits their comments, sends the form empty, is taken to the error summary, follows its link to the
 * field, writes their comments and sends them. Nothing is clicked: every move is Tab, Shift+Tab, Enter, Space or
 * typing into the focused field, and every place the focus stops must show it (the GOV.UK focus style: an outline
 * or a shadow). It answers the parent's draft, so it runs after the crawl of every page (which needs that form).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "send.demo-data=true")
@Import(EveryPageInTheBrowserTest.RecordServerErrors.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(Integer.MAX_VALUE)
class KeyboardOnlyJourneyTest {

    /** More Tab presses than any page has stops before what the journey looks for. */
    static final int MAX_TABS = 150;

    @LocalServerPort
    int port;

    @Autowired
    EveryPageInTheBrowserTest.ServerErrors serverErrors;

    ChromeDriver browser;

    /** Places the focus stopped without showing it. */
    final List<String> invisibleFocus = new ArrayList<>();

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

    @Test
    void a_parent_responds_to_a_draft_plan_with_the_keyboard_alone() {
        String base = "http://localhost:" + port;
        browser.manage().deleteAllCookies();
        serverErrors.clear();

        // sign in: Tab to each field, type, Enter in the password field sends the form
        browser.get(base + "/login");
        tabTo("the email address field", e -> "username".equals(e.getDomAttribute("id")));
        type(DemoAccounts.PARENT);
        press(Keys.TAB);
        assertThat(active().getDomAttribute("id")).isEqualTo("password");
        // back to the email field with Shift+Tab, and forward again: the order holds both ways
        new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertThat(active().getDomAttribute("id")).isEqualTo("username");
        press(Keys.TAB);
        type(DemoAccounts.PASSWORD);
        press(Keys.ENTER);
        waitFor("the family's home page", () -> browser.getCurrentUrl().endsWith("/parent"));

        // the case whose draft awaits an answer: its link is found by Tab, opened with Enter
        String respond = browser.findElement(By.cssSelector("a[href*='/response']")).getDomAttribute("href");
        String caseAddress = respond.replace("/response", "");
        tabTo("the link to the case", e -> caseAddress.equals(e.getDomAttribute("href")));
        press(Keys.ENTER);
        waitFor("the case page", () -> browser.getCurrentUrl().endsWith(caseAddress));

        // "Respond to the draft plan" is a link drawn as a button: Space presses it, as it would a button
        tabTo("the respond button", e -> respond.equals(e.getDomAttribute("href")) && "button".equals(e.getDomAttribute("role")));
        press(Keys.SPACE);
        waitFor("the response form", () -> browser.getCurrentUrl().endsWith(respond));

        // sent empty with Enter on the submit button: the page comes back with the focus on the error summary
        tabTo("the send button", e -> "button".equals(e.getTagName()) && e.getText().contains("Send your response"));
        press(Keys.ENTER);
        waitFor("the focus on the error summary", () -> active().getDomAttribute("class") != null
                && active().getDomAttribute("class").contains("govuk-error-summary"));
        assertThat(browser.getTitle()).startsWith("Error:");
        checkFocusVisible();

        // Tab to the summary's link, Enter: the focus moves to the field in error
        press(Keys.TAB);
        assertThat(active().getDomAttribute("href")).isEqualTo("#comments");
        checkFocusVisible();
        press(Keys.ENTER);
        waitFor("the focus on the comments field", () -> "comments".equals(active().getDomAttribute("id")));
        checkFocusVisible();

        // write the comments, Tab on to the send button, and Space sends them
        String comments = "We would like the plan to say more about how Sam is supported at lunchtime.";
        type(comments);
        tabTo("the send button", e -> "button".equals(e.getTagName()) && e.getText().contains("Send your response"));
        press(Keys.SPACE);
        waitFor("the page saying the response was sent", () -> browser.getCurrentUrl().endsWith("/response/sent"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your response has been sent");
        assertThat(browser.getPageSource()).contains(comments);

        assertThat(serverErrors.drain()).as("server errors").isEmpty();
        assertThat(invisibleFocus).as("places where the keyboard focus could not be seen").isEmpty();
    }

    /** Presses Tab until the focused element is the one wanted, checking at each stop that the focus shows. */
    private void tabTo(String what, Predicate<WebElement> wanted) {
        for (int i = 0; i < MAX_TABS; i++) {
            press(Keys.TAB);
            WebElement focused = active();
            checkFocusVisible();
            if (wanted.test(focused)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + what + " on " + browser.getCurrentUrl());
    }

    private void press(CharSequence keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Types into whatever has the focus, as a person at the keyboard would. */
    private void type(String text) {
        new Actions(browser).sendKeys(text).perform();
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

    private void waitFor(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(what).until(d -> {
            try {
                return condition.getAsBoolean();
            } catch (org.openqa.selenium.StaleElementReferenceException reloading) {
                return false;
            }
        });
    }

    /**
     * The focused element shows the focus: an outline that is drawn (not none, not transparent) or a shadow, as
     * GOV.UK Frontend's focus style gives links, buttons, fields and the error summary.
     */
    private void checkFocusVisible() {
        String problem = (String) ((JavascriptExecutor) browser).executeScript("""
                const e = document.activeElement;
                if (!e || e === document.body) { return 'nothing has the focus'; }
                const s = getComputedStyle(e);
                const drawn = c => c && c !== 'transparent' && !/rgba\\(\\s*\\d+,\\s*\\d+,\\s*\\d+,\\s*0\\s*\\)/.test(c);
                const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && drawn(s.outlineColor);
                const shadow = s.boxShadow && s.boxShadow !== 'none';
                return outline || shadow ? '' : e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + ' "' + (e.textContent || '').trim().slice(0, 40) + '"';
                """);
        if (!problem.isEmpty()) {
            invisibleFocus.add(browser.getCurrentUrl() + ": " + problem);
        }
    }
}
