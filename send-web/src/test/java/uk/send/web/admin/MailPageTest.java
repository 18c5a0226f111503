package uk.send.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.notifications.Email;
import uk.send.domain.notifications.Notifications;
import uk.send.web.security.SignedIn;

/** Sent mail: where no mail service is configured, an administrator reads every email here; no one else can. */
class MailPageTest extends AdminPageTest {

    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AuditLog audit;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void the_admin_home_links_to_sent_mail_which_lists_each_email_and_opens_it() throws Exception {
        AccountView parent = account(Role.PARENT, null, Set.of());
        String subject = unique("Your request");
        transactions.executeWithoutResult(s -> notifications.queue(parent.id(), new Email(subject, "Line one\nLine two")));

        String home = mvc.perform(get("/admin").with(admin())).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("href=\"/admin/mail\"");
        String list = mvc.perform(get("/admin/mail").with(admin())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertOneHeading(list);
        assertThat(list).contains("<title>Sent mail – SEND service</title>", subject, parent.email(), "is not delivered");

        long id = jdbc.sql("select id from notification_outbox where subject = :s").param("s", subject).query(Long.class).single();
        String email = mvc.perform(get("/admin/mail/" + id).with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertOneHeading(email);
        assertThat(email).contains(subject, "Line one\nLine two", parent.email(), "app-mail-body");
        assertThat(audit.forEntity("EMAIL", id)).extracting(e -> e.action()).contains(AuditAction.MAIL_VIEWED);
    }

    @Test
    void sent_mail_downloads_as_csv_with_the_pages_columns_and_the_download_is_recorded() throws Exception {
        AccountView parent = account(Role.PARENT, null, Set.of());
        String subject = "=" + unique("Formula");
        transactions.executeWithoutResult(s -> notifications.queue(parent.id(), new Email(subject, "Body")));
        String list = mvc.perform(get("/admin/mail").with(admin())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("href=\"/admin/mail.csv\"");

        var response = mvc.perform(get("/admin/mail.csv").with(admin())).andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"sent-mail-");
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("Queued,To,Subject,Status\r\n")
                .contains("," + parent.email() + ",\"'" + subject + "\",");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'DOWNLOADED' and entity_type = 'EXPORT'
                        and entity_id = 'sent-mail'""").query(Long.class).single()).isPositive();
        AccountView caseworker = account(Role.CASEWORKER, null, Set.of(footprint().id()));
        mvc.perform(get("/admin/mail.csv").with(SignedIn.as(caseworker))).andExpect(status().isForbidden());
    }

    @Test
    void an_unknown_email_is_not_found_and_other_roles_are_refused() throws Exception {
        mvc.perform(get("/admin/mail/999999999").with(admin())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/mail?page=abc").with(admin())).andExpect(status().is4xxClientError());
        AccountView caseworker = account(Role.CASEWORKER, null, Set.of(footprint().id()));
        mvc.perform(get("/admin/mail").with(SignedIn.as(caseworker))).andExpect(status().isForbidden());
    }
}
