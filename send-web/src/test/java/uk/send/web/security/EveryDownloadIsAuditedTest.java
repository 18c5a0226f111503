package uk.send.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.testing.Fixtures;

/**
 * Downloads are recorded as downloads: every file the application serves (an address ending in .csv, .xml, .pdf
 * or .zip, found in its own request mappings, so a new one without an entry here fails the build) is audited as
 * {@code DOWNLOADED}, exactly once, by whoever took it, saying what was taken; none is recorded under any other
 * action. A list or a return is recorded against {@code EXPORT} and the file's name; a document about one record
 * (a plan's PDF, a child's subject access bundle) against that record, so the child's filter on the audit trail
 * finds it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryDownloadIsAuditedTest {

    /** Who downloads each file here, by the start of its address. */
    private static final Map<String, Role> BY_PREFIX = Map.of(
            "/admin/", Role.ADMIN, "/caseworker/", Role.CASEWORKER, "/commissioner/", Role.COMMISSIONER,
            "/area/", Role.COMMISSIONER, "/school/", Role.SENCO, "/panel/", Role.PANEL, "/adviser/", Role.ADVISER,
            "/local-offer-editor/", Role.LOCAL_OFFER);

    /** Files about one record, reached with an id a fixture here cannot make cheaply: where each is proven. */
    private static final Map<String, String> PROVEN_ELSEWHERE = Map.of(
            "/plans/{id}/versions/{number}.pdf", "PlanPagesTest: a plan's PDF is audited against the plan",
            "/plans/{id}/ceased.pdf", "ReviewPagesTest: the cease notice is audited against the plan",
            "/admin/imports/{id}/errors.csv", "DataInAndOutPagesTest: the refused rows of a migration");

    /** Files that hold no record at all: the migration templates' header and synthetic example. */
    private static final Set<String> NOT_A_RECORD = Set.of("/admin/imports/templates/children.csv",
            "/admin/imports/templates/plans.csv", "/admin/imports/templates/sen-support.csv",
            "/admin/imports/templates/awards.csv");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final Map<Role, AccountView> accounts = new EnumMap<>(Role.class);
    long child;

    @BeforeAll
    void oneAccountPerRoleAndAChild() {
        accounts.putAll(SignedIn.oneAccountPerRole(fixtures));
        FootprintView footprint = fixtures.footprint();
        child = fixtures.child(footprint, fixtures.school(footprint), null);
    }

    @Test
    void every_file_served_is_audited_once_as_downloaded_by_whoever_took_it() throws Exception {
        List<String> failures = new java.util.ArrayList<>();
        for (String pattern : downloads()) {
            if (PROVEN_ELSEWHERE.containsKey(pattern) || NOT_A_RECORD.contains(pattern)) {
                continue;
            }
            Role role = BY_PREFIX.entrySet().stream().filter(e -> pattern.startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (role == null) {
                failures.add(pattern + ": no one to download it here (add it to BY_PREFIX or PROVEN_ELSEWHERE)");
                continue;
            }
            AccountView who = accounts.get(role);
            String url = pattern.replace("{key}", "CHILD").replace("{id}", String.valueOf(child));
            long downloadedBefore = count(who, "DOWNLOADED");
            long otherBefore = count(who, null);

            MockHttpServletResponse response = mvc.perform(get(url).with(SignedIn.as(who))).andReturn().getResponse();

            if (response.getStatus() != 200 || response.getHeader("Content-Disposition") == null) {
                failures.add(url + " as " + role + ": " + response.getStatus() + ", Content-Disposition "
                        + response.getHeader("Content-Disposition"));
                continue;
            }
            long downloaded = count(who, "DOWNLOADED") - downloadedBefore;
            long other = count(who, null) - otherBefore;
            if (downloaded != 1 || other != 0) {
                failures.add(url + " as " + role + ": " + downloaded + " DOWNLOADED and " + other
                        + " other audit rows for the file (want 1 and 0)");
                continue;
            }
            Map<String, Object> row = jdbc.sql("""
                            select entity_type, entity_id, detail from audit_event
                            where actor_id = :a and action = 'DOWNLOADED' order by id desc limit 1""")
                    .param("a", who.id()).query().singleRow();
            if (row.get("entity_type") == null || row.get("entity_id") == null || row.get("detail") == null
                    || row.get("detail").toString().isBlank()) {
                failures.add(url + ": the audit row does not say what was downloaded: " + row);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void the_routes_proven_elsewhere_and_the_templates_still_exist() {
        assertThat(downloads()).containsAll(PROVEN_ELSEWHERE.keySet()).containsAll(NOT_A_RECORD);
    }

    @Test
    void the_subject_access_bundle_is_recorded_against_the_child_so_their_filter_finds_it() throws Exception {
        AccountView admin = accounts.get(Role.ADMIN);
        mvc.perform(get("/admin/children/{id}/subject-access.zip", child).with(SignedIn.as(admin))).andReturn();

        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'DOWNLOADED' and entity_type = 'CHILD'
                        and entity_id = :child and actor_id = :a""")
                .param("child", String.valueOf(child)).param("a", admin.id()).query(Long.class).single()).isOne();
    }

    /** Every GET address that serves a file. */
    private Set<String> downloads() {
        Set<String> found = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.matches(".*\\.(csv|xml|pdf|zip)$")) {
                    found.add(pattern);
                }
            }
        }
        return found;
    }

    /** Audit rows by the account of one action; null: of the action downloads were once recorded under instead. */
    private long count(AccountView who, String action) {
        return jdbc.sql("select count(*) from audit_event where actor_id = :a and action = :action")
                .param("a", who.id()).param("action", action == null ? "DATA_EXPORTED" : action).query(Long.class)
                .single();
    }
}
