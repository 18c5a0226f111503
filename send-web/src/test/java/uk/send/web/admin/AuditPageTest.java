package uk.send.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;

class AuditPageTest extends AdminPageTest {

    @Test
    void the_audit_trail_shows_the_newest_entries_first_in_london_time() throws Exception {
        AccountView user = account(Role.PARENT, null, Set.of());
        accounts.unlock(user.id(), null);

        String html = mvc.perform(get("/admin/audit").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertOneHeading(html);
        assertThat(html).contains("<title>Audit trail – SEND service</title>");
        String table = AuditTrailFiltersTest.table(html);
        assertThat(table).contains("User unlocked", "Account " + user.id());
        assertThat(table.indexOf("User unlocked")).isLessThan(table.indexOf("Account " + user.id() + "<"));
        assertThat(html).containsPattern("\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2}");
    }

    @Test
    void older_entries_are_a_page_away() throws Exception {
        for (int i = 0; i < AuditController.PAGE_SIZE + 1; i++) {
            account(Role.COMMISSIONER, null, Set.of());
        }

        String first = mvc.perform(get("/admin/audit").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("href=\"/admin/audit?page=2\"", "Older entries").doesNotContain("Newer entries");

        String second = mvc.perform(get("/admin/audit").param("page", "2").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertOneHeading(second);
        assertThat(second).contains("href=\"/admin/audit?page=1\"", "Newer entries");
    }
}
