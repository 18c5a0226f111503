package uk.send.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.NewAccount;
import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingDetails;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;

/**
 * What every admin page test needs: MockMvc on the whole application against the shared test database,
 * real accounts signed in through the application's own user lookup, and reference data with names
 * that never collide between tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class AdminPageTest {

    static final String PASSWORD = "correct horse battery staple";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    ReferenceData reference;
    @Autowired
    UserDetailsService userDetails;

    /** A number unique in this test run, shared with the other fixtures so that names never collide. */
    static int next() {
        return uk.send.domain.testing.Fixtures.next();
    }

    /** Text unique in the test database. */
    static String unique(String prefix) {
        return prefix + next();
    }

    AccountView account(Role role, Long settingId, Set<Long> footprintIds) {
        return accounts.create(new NewAccount(unique("user") + "@example.test", "Test " + role, role, settingId,
                footprintIds, PASSWORD), null);
    }

    /** Signs the request in as this account, as the sign-in form would. */
    RequestPostProcessor as(AccountView account) {
        return user(userDetails.loadUserByUsername(account.email()));
    }

    RequestPostProcessor admin() {
        return as(account(Role.ADMIN, null, Set.of()));
    }

    FootprintView footprint() {
        String code = unique("FP").toUpperCase(java.util.Locale.ROOT);
        return reference.createFootprint(code, "Footprint " + code, null);
    }

    SettingView school(FootprintView footprint) {
        return reference.createSetting(new SettingDetails(urn(), unique("School "), SettingType.MAINSTREAM_MAINTAINED,
                Phase.PRIMARY, footprint.id(), null, true), null);
    }

    /** A URN no other setting in the test database (fresh for each test JVM) has. */
    static String urn() {
        return String.valueOf(400000 + next());
    }

    /** Each page has exactly one h1. */
    static void assertOneHeading(String html) {
        Matcher m = Pattern.compile("<h1[\\s>]").matcher(html);
        int count = 0;
        while (m.find()) {
            count++;
        }
        assertThat(count).as("h1 elements").isEqualTo(1);
    }

    /** The error summary's links, as the page shows them. */
    static String errorSummary(String html) {
        int start = html.indexOf("govuk-error-summary");
        assertThat(start).as("error summary").isNotNegative();
        return html.substring(start, html.indexOf("</ul>", start));
    }
}
