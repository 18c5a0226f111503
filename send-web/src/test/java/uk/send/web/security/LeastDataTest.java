package uk.send.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.demo.DemoAccounts;
import uk.send.domain.testing.CiFigures;

/**
 * Least data (issue 23), over every page the role reaches by following links from its home, with the demo data:
 * <ul>
 * <li>the panel decides on funding without NHS numbers: no page or CSV it reaches shows any child's NHS number or an
 * "NHS number" label;</li>
 * <li>a parent does not see another carer's contact details: a second carer with an email address and a phone number
 * is added to each of the demo parent's children, and none of the parent's pages or CSVs shows them (nothing lets a
 * carer share their details with another carer, so nothing may show them).</li>
 * </ul>
 * PDFs are not read here (their text is compressed); the plan PDF is the published plan, checked in the plan tests.
 */
@SpringBootTest(properties = "send.demo-data=true")
@AutoConfigureMockMvc
class LeastDataTest {

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)");
    private static final int PER_KIND = 3;
    private static final int MAX_PAGES = 150;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;

    @Test
    void the_panel_sees_no_nhs_number_on_any_page_it_reaches() throws Exception {
        List<String> nhsNumbers = jdbc.sql("select nhs_number from child where nhs_number is not null").query(String.class).list();
        assertThat(nhsNumbers).as("demo children with NHS numbers").isNotEmpty();
        Set<String> numbers = Set.copyOf(nhsNumbers);

        Map<String, String> pages = crawl(SignedIn.as(account(DemoAccounts.PANEL)), "/panel");
        List<String> shown = new ArrayList<>();
        Matcher digits = Pattern.compile("(?<![0-9])[0-9]{3} ?[0-9]{3} ?[0-9]{4}(?![0-9])").matcher("");
        pages.forEach((url, body) -> {
            if (url.startsWith("/panel") && body.contains("NHS number")) {
                shown.add(url + ": an \"NHS number\" label");
            }
            digits.reset(body);
            while (digits.find()) {
                if (numbers.contains(digits.group().replace(" ", ""))) {
                    shown.add(url + ": a child's NHS number");
                }
            }
        });
        CiFigures.record("least data: panel (LeastDataTest)", pages.size() + " pages and CSVs, " + shown.size() + " showing an NHS number");
        assertThat(pages.keySet()).as("the panel's pages").anyMatch(u -> u.startsWith("/panel/capital/"))
                .anyMatch(u -> u.endsWith(".csv"));
        assertThat(shown).isEmpty();
    }

    @Test
    void a_parent_sees_no_other_carers_contact_details_on_any_page_they_reach() throws Exception {
        AccountView parent = account(DemoAccounts.PARENT);
        List<Long> children = jdbc.sql("select child_id from carer where user_id = :u").param("u", parent.id()).query(Long.class).list();
        assertThat(children).as("the demo parent's children").isNotEmpty();
        List<String> secrets = new ArrayList<>();
        for (long child : children) {
            String email = "other.carer." + child + "@contact.example";
            String phone = "07700 9" + String.format("%05d", child % 100_000);
            jdbc.sql("""
                    insert into carer (child_id, given_name, family_name, relationship, parental_responsibility, email, phone)
                    values (:c, 'Otherhalf', 'Carerton', 'FATHER', true, :e, :p)""")
                    .param("c", child).param("e", email).param("p", phone).update();
            secrets.add(email);
            secrets.add(phone);
        }

        Map<String, String> pages = crawl(SignedIn.as(parent), "/parent");
        List<String> shown = new ArrayList<>();
        pages.forEach((url, body) -> secrets.stream().filter(body::contains).forEach(s -> shown.add(url + " shows " + s)));
        CiFigures.record("least data: parent (LeastDataTest)", pages.size() + " pages and CSVs, " + shown.size()
                + " showing another carer's contact details");
        assertThat(pages.keySet()).as("the parent's pages").anyMatch(u -> u.startsWith("/parent/"))
                .anyMatch(u -> u.startsWith("/children/"));
        assertThat(shown).isEmpty();
    }

    /** The pages (and CSVs) reached by links from a start, a few of each kind, GET only. */
    private Map<String, String> crawl(RequestPostProcessor as, String start) throws Exception {
        Map<String, String> pages = new HashMap<>();
        Map<String, Integer> kinds = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty() && pages.size() < MAX_PAGES) {
            String url = queue.poll();
            if (!seen.add(url) || kinds.merge(kindOf(url), 1, Integer::sum) > PER_KIND) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(get(url).with(as)).andReturn().getResponse();
            if (response.getStatus() != 200 || response.getContentType() == null
                    || !(response.getContentType().startsWith("text/html") || response.getContentType().startsWith("text/csv"))) {
                continue;
            }
            String body = response.getContentAsString();
            pages.put(url, body);
            Matcher href = HREF.matcher(body);
            while (href.find()) {
                String link = href.group(1).replace("&amp;", "&");
                if (!link.startsWith("/logout") && !link.startsWith("/webjars") && !link.startsWith("/assets")
                        && !link.startsWith("/css") && !link.startsWith("/js") && !link.endsWith(".pdf")
                        && !link.startsWith("/actuator")) {
                    queue.add(link);
                }
            }
        }
        return pages;
    }

    private static String kindOf(String url) {
        int query = url.indexOf('?');
        return (query < 0 ? url : url.substring(0, query)).replaceAll("/\\d+", "/{id}");
    }

    private AccountView account(String email) {
        long id = jdbc.sql("select id from app_user where email = :e").param("e", email).query(Long.class).single();
        return accounts.find(id).orElseThrow();
    }
}
