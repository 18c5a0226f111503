package uk.send.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/**
 * A subject access request: everything held about one child, from every module, with who viewed it, as one ZIP
 * for an administrator; the export is audited and no one else can make one.
 */
class SubjectAccessTest extends AdminPageTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private FootprintView north;
    private AccountView caseworker;
    private AccountView admin;

    @BeforeEach
    void aFootprintWithACaseworker() {
        north = fixtures.footprint();
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(north.id()));
        admin = fixtures.account(Role.ADMIN, null, Set.of());
    }

    @Test
    void the_export_holds_the_record_the_carers_the_assessment_and_who_viewed_them() throws Exception {
        String family = unique("Sar");
        long child = fixtures.childWithCarer(north, family);
        long assessment = openCase(child);
        mvc.perform(get("/caseworker/assessments/{id}", assessment).with(SignedIn.as(caseworker))).andExpect(status().isOk());

        String page = mvc.perform(get("/admin/children/{id}", child).with(SignedIn.as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/admin/children/" + child + "/subject-access", "/admin/audit?child=" + child);
        String offer = mvc.perform(get("/admin/children/{id}/subject-access", child).with(SignedIn.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertOneHeading(offer);
        assertThat(offer).contains("child.csv", "carers.csv", "assessments.csv", "plan-versions.csv", "support-plans.csv",
                "audit-trail.csv", "/admin/children/" + child + "/subject-access.zip");

        MockHttpServletResponse zip = mvc.perform(get("/admin/children/{id}/subject-access.zip", child)
                .with(SignedIn.as(admin))).andExpect(status().isOk()).andReturn().getResponse();

        assertThat(zip.getContentType()).isEqualTo("application/zip");
        Map<String, String> files = unzip(zip.getContentAsByteArray());
        assertThat(files).containsKeys("contents.txt", "child.csv", "carers.csv", "assessments.csv", "assessment-timelines.csv",
                "audit-trail.csv");
        assertThat(files.get("child.csv")).startsWith("id,given_name,family_name,").contains(family);
        assertThat(files.get("carers.csv")).contains(family);
        assertThat(files.get("assessments.csv")).contains(String.valueOf(assessment), "Reasons");
        assertThat(files.get("audit-trail.csv")).contains("ASSESSMENT_VIEWED", caseworker.email(), "ASSESSMENT_REQUESTED");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'DOWNLOADED' and entity_type = 'CHILD'
                        and entity_id = :id and actor_id = :admin""")
                .param("id", String.valueOf(child)).param("admin", admin.id()).query(Long.class).single()).isOne();
    }

    @Test
    void only_an_administrator_exports_and_an_unknown_child_is_not_found() throws Exception {
        long child = fixtures.childWithCarer(north, unique("Sar"));
        mvc.perform(get("/admin/children/{id}/subject-access.zip", child).with(SignedIn.as(caseworker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/children/{id}/subject-access", child).with(SignedIn.as(caseworker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/children/{id}/subject-access.zip", Long.MAX_VALUE).with(SignedIn.as(admin)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/children/{id}/subject-access", Long.MAX_VALUE).with(SignedIn.as(admin)))
                .andExpect(status().isNotFound());
    }

    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private long openCase(long child) throws Exception {
        LocalDate received = LocalDate.now(ZoneId.of("Europe/London")).minusDays(10);
        MockHttpServletResponse created = mvc.perform(post("/caseworker/assessments").param("child", String.valueOf(child))
                .param("requestedBy", "PARENT").param("text", "Reasons")
                .param("day", String.valueOf(received.getDayOfMonth())).param("month", String.valueOf(received.getMonthValue()))
                .param("year", String.valueOf(received.getYear())).param("version", "0")
                .with(csrf()).with(SignedIn.as(caseworker))).andReturn().getResponse();
        assertThat(created.getRedirectedUrl()).as("a new case").startsWith("/caseworker/assessments/");
        return Long.parseLong(created.getRedirectedUrl().substring(created.getRedirectedUrl().lastIndexOf('/') + 1));
    }
}
