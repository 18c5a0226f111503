package uk.send.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.demo.DemoAccounts;
import uk.send.domain.testing.CiFigures;
import uk.send.domain.testing.Fixtures;

/**
 * Cross-scope attempts for every kind of record, generated from the application's own request mappings: for every
 * address that names a record, and every role with a scope that the table of routes lets in (a caseworker or panel
 * member to their footprints, a SENCO to their school, a parent to their own children, an adviser to the requests
 * addressed to them, a registered provider to its organisations' Local Offer entries), the demo account of that role asks for a real record outside its scope, by changing the id in
 * the address, and posts to it as a tampered form would. Every answer must be the one an unknown id gets — 404, or a
 * refusal — never the record and never a change; reading is written to the audit trail as a refusal.
 *
 * <p>A new address with an id fails here until {@link #KINDS} says which record the id names, so a new kind of record
 * cannot arrive without its cross-scope test.
 */
@SpringBootTest(properties = "send.demo-data=true")
@AutoConfigureMockMvc
class EveryRecordOutOfScopeTest {

    private static final AntPathMatcher MATCHER = new AntPathMatcher();

    /** Roles whose reach is a part of the council's records; the others see all of it or only aggregates. */
    private static final Set<Role> SCOPED = Set.of(Role.CASEWORKER, Role.PANEL, Role.SENCO, Role.PARENT, Role.ADVISER,
            Role.OUTREACH, Role.YOUNG_PERSON, Role.PROVIDER);

    private static final Map<Role, String> DEMO = new EnumMap<>(Map.of(
            Role.CASEWORKER, DemoAccounts.CASEWORKER, Role.PANEL, DemoAccounts.PANEL, Role.SENCO, DemoAccounts.SENCO,
            Role.PARENT, DemoAccounts.PARENT, Role.ADVISER, "adviser@demo.send", Role.OUTREACH, DemoAccounts.OUTREACH,
            Role.YOUNG_PERSON, DemoAccounts.YOUNG_PERSON, Role.PROVIDER, DemoAccounts.PROVIDER));

    private static final String USER_SETTING = "(select setting_id from app_user where id = :user)";
    private static final String USER_FOOTPRINTS = "(select footprint_id from app_user_footprint where user_id = :user)";

    /** A child the viewer (:user) may not see: the scope rules of ChildScope, written from the other side. */
    private static String childOutside(Role role) {
        return switch (role) {
            case CASEWORKER, PANEL -> "c.home_footprint_id not in (select footprint_id from app_user_footprint where user_id = :user)";
            case SENCO -> "c.setting_id is distinct from (select setting_id from app_user where id = :user)";
            case PARENT -> "not exists (select 1 from carer k where k.child_id = c.id and k.user_id = :user)";
            case YOUNG_PERSON -> "c.id is distinct from (select child_id from app_user where id = :user)";
            default -> "false";
        };
    }

    /** A kind of record: the SQL for one that the role may not see, given the condition on its child {@code c}. */
    private interface Kind {
        String outside(Role role);
    }

    private static Kind ofChild(String table, String childColumn) {
        return role -> "select t.id from " + table + " t join child c on c.id = t." + childColumn + " where "
                + childOutside(role) + " order by t.id limit 1";
    }

    private static final Kind CHILD = role -> "select c.id from child c where c.merged_into_id is null and "
            + childOutside(role) + " order by c.id limit 1";
    private static final Kind ASSESSMENT = ofChild("needs_assessment", "child_id");
    private static final Kind PLAN = ofChild("ehc_plan", "child_id");
    private static final Kind DISAGREEMENT = ofChild("disagreement", "child_id");
    private static final Kind SUPPORT_PLAN = role -> "select t.id from support_plan t join sen_support_record r on r.id = t.record_id "
            + "join child c on c.id = r.child_id where " + (role == Role.SENCO
            ? "r.setting_id is distinct from (select setting_id from app_user where id = :user)" : childOutside(role))
            + " order by t.id limit 1";
    /** A panel member's reach is the footprint the application was made in. */
    private static Kind funding(String table) {
        return role -> "select t.id from " + table + " t join child c on c.id = t.child_id where " + switch (role) {
            case PANEL -> "t.footprint_id not in (select footprint_id from app_user_footprint where user_id = :user)";
            case SENCO -> "t.setting_id is distinct from (select setting_id from app_user where id = :user)";
            default -> childOutside(role);
        } + " order by t.id limit 1";
    }
    /** A school's capital application: its own school's for a SENCO, its footprint's for the panel. */
    private static final Kind CAPITAL = role -> "select t.id from capital_application t where " + (role == Role.PANEL
            ? "t.footprint_id not in " + USER_FOOTPRINTS : "t.setting_id is distinct from " + USER_SETTING) + " order by t.id limit 1";
    /** An outreach request: the asking school's for a SENCO, the special school's for its outreach provider. */
    private static final Kind OUTREACH = role -> "select t.id from outreach_request t where "
            + (role == Role.OUTREACH ? "t.provider_setting_id" : "t.setting_id") + " is distinct from " + USER_SETTING
            + " order by t.id limit 1";
    /** A school, for a caseworker: in their footprints. */
    private static final Kind SCHOOL = role -> "select s.id from setting s where s.footprint_id not in " + USER_FOOTPRINTS
            + " order by s.id limit 1";
    /** An id that names nothing a scope could hide: the council's own standards, the school's own academic year. */
    private static final Kind NOT_SCOPED = role -> null;
    private static final Kind ADVICE = role -> "select id from advice_request where adviser_id is distinct from :user "
            + "order by id limit 1";

    /** A Local Offer entry, for a registered provider: one of an organisation its account does not keep. */
    private static final Kind OFFER_SERVICE = role -> "select s.id from offer_service s where s.organization_id not in "
            + "(select organization_id from offer_provider_account where user_id = :user) order by s.id limit 1";

    /** Which record the first id of an address names. */
    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("/caseworker/assessments/{id}/**", ASSESSMENT);
        KINDS.put("/caseworker/appeals/{id}/**", DISAGREEMENT);
        KINDS.put("/plans/{id}/**", PLAN);
        KINDS.put("/children/{id}/**", CHILD);
        KINDS.put("/school/pupils/{childId}/**", CHILD);
        KINDS.put("/school/reviews/{id}/**", PLAN);
        KINDS.put("/school/plans/{planId}/top-up", SUPPORT_PLAN);
        KINDS.put("/school/plans/{id}/**", SUPPORT_PLAN);
        KINDS.put("/school/top-up/{id}/**", funding("top_up_application"));
        KINDS.put("/parent/cases/{id}/**", ASSESSMENT);
        KINDS.put("/parent/children/{childId}/**", CHILD);
        KINDS.put("/parent/reviews/{id}/**", PLAN);
        KINDS.put("/parent/support-plans/{id}/**", SUPPORT_PLAN);
        KINDS.put("/panel/applications/{id}/**", funding("top_up_application"));
        KINDS.put("/panel/awards/{id}/**", funding("top_up_award"));
        KINDS.put("/adviser/requests/{id}/**", ADVICE);
        KINDS.put("/school/capital/{id}/**", CAPITAL);
        KINDS.put("/panel/capital/{id}/**", CAPITAL);
        KINDS.put("/school/outreach/{id}/**", OUTREACH);
        KINDS.put("/outreach/requests/{id}/**", OUTREACH);
        KINDS.put("/school/earlier-plans/{id}/**", SUPPORT_PLAN);
        KINDS.put("/area/oap/schools/{settingId}/**", SCHOOL);
        KINDS.put("/school/oap/standards/{id}/**", NOT_SCOPED);
        KINDS.put("/school/oap/{year}/**", NOT_SCOPED);
        // the demand forecast's scenarios are the council's, the same for every commissioner (no child in them)
        KINDS.put("/commissioner/forecast/scenarios/{id}/**", NOT_SCOPED);
        KINDS.put("/local-offer-editor/services/{id}/**", OFFER_SERVICE);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    Fixtures fixtures;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** An address with a record's id, and the roles with a scope that the table of routes lets in. */
    record Named(String pattern, Set<RequestMethod> methods, List<Role> roles) {
    }

    private List<Named> addressesNamingARecord() {
        List<Named> named = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.contains("{")) {
                    continue;
                }
                List<Role> roles = EveryMappedRouteTest.expected(pattern.replaceAll("\\{[^}]*}", "1"))
                        .orElse(List.of()).stream().filter(SCOPED::contains).toList();
                if (!roles.isEmpty()) {
                    named.add(new Named(pattern, info.getMethodsCondition().getMethods(), roles));
                }
            }
        }
        return named;
    }

    private static Optional<Kind> kind(String pattern) {
        // a key ending "/**" covers the address itself as well as those below it
        return KINDS.entrySet().stream().filter(e -> MATCHER.match(e.getKey(), pattern))
                .map(Map.Entry::getValue).findFirst();
    }

    @Test
    void every_address_naming_a_record_says_which_kind_of_record_it_names() {
        Set<String> unknown = new TreeSet<>();
        for (Named n : addressesNamingARecord()) {
            if (kind(n.pattern()).isEmpty()) {
                unknown.add(n.pattern());
            }
        }
        assertThat(unknown).as("addresses with an id and no cross-scope test: add them to KINDS").isEmpty();
    }

    @Test
    void no_role_reaches_a_record_outside_its_scope_by_changing_the_id_or_tampering_with_a_form() throws Exception {
        List<String> wrong = new ArrayList<>();
        Set<String> tried = new TreeSet<>();
        int attempts = 0;
        int refusedAsUnknown = 0;
        Set<String> nothingToTry = new TreeSet<>();
        for (Named n : addressesNamingARecord()) {
            Optional<Kind> kind = kind(n.pattern());
            if (kind.isEmpty() || kind.get() == NOT_SCOPED) {
                continue;
            }
            for (Role role : n.roles()) {
                AccountView viewer = null;
                Optional<Long> id = Optional.empty();
                for (AccountView candidate : viewers(role)) {
                    id = jdbc.sql(kind.get().outside(role)).param("user", candidate.id()).query(Long.class).optional();
                    if (id.isPresent()) {
                        viewer = candidate;
                        break;
                    }
                }
                if (id.isEmpty()) {
                    nothingToTry.add(role + " " + n.pattern());
                    continue;
                }
                String path = address(n.pattern(), id.get());
                for (RequestMethod method : List.of(RequestMethod.GET, RequestMethod.POST)) {
                    if (!n.methods().isEmpty() && !n.methods().contains(method)) {
                        continue;
                    }
                    long refusalsBefore = refusals(viewer);
                    MockHttpServletResponse response = mvc.perform(tampered(method, path).with(SignedIn.as(viewer)))
                            .andReturn().getResponse();
                    int status = response.getStatus();
                    tried.add(role + " " + method + " " + n.pattern());
                    attempts++;
                    boolean refused = method == RequestMethod.GET ? status == 404
                            : status == 404 || status == 400 || status == 403;
                    if (!refused) {
                        wrong.add(role + " " + method + " " + path + " (" + n.pattern() + ") → " + status);
                        continue;
                    }
                    if (status == 404 && firstIdOnly(n.pattern()) && refusals(viewer) == refusalsBefore) {
                        wrong.add(role + " " + method + " " + path + " (" + n.pattern() + ") refused but not audited");
                        continue;
                    }
                    // the same request for an id that names nothing must answer the same: no oracle for which ids exist
                    int unknown = mvc.perform(tampered(method, address(n.pattern(), UNKNOWN_ID)).with(SignedIn.as(viewer)))
                            .andReturn().getResponse().getStatus();
                    if (unknown != status) {
                        wrong.add(role + " " + method + " " + path + " (" + n.pattern() + ") → " + status
                                + " but an unknown id → " + unknown);
                        continue;
                    }
                    refusedAsUnknown++;
                }
            }
        }
        CiFigures.record("cross-scope attempts (EveryRecordOutOfScopeTest)", attempts + " by id change and tampered form over "
                + tried.size() + " route × role × method, " + refusedAsUnknown + " refused exactly as an unknown id, "
                + wrong.size() + " not");
        assertThat(wrong).as("records reached outside the viewer's scope (tried %s)", tried).isEmpty();
        assertThat(nothingToTry).as("addresses whose demo data has no record outside the role's scope to try").isEmpty();
        assertThat(tried).hasSizeGreaterThan(40);
    }

    /**
     * Who tries, for a role: its demo account, and then an account of the same role somewhere else — where the demo
     * data keeps a kind of record only within the demo account's scope (the demo appeals, SEN Support plans and
     * top-up applications are all in the North, at Oakfield), the records there are outside the other's scope.
     */
    private List<AccountView> viewers(Role role) {
        return viewers.computeIfAbsent(role, this::viewersOf);
    }

    private final Map<Role, List<AccountView>> viewers = new EnumMap<>(Role.class);

    private List<AccountView> viewersOf(Role role) {
        AccountView demo = account(DEMO.get(role));
        return switch (role) {
            case CASEWORKER -> List.of(demo, account(DemoAccounts.CASEWORKER_SOUTH));
            case PANEL -> List.of(demo, fixtures.account(Role.PANEL, null, Set.copyOf(jdbc.sql("""
                    select id from footprint where id not in (select footprint_id from app_user_footprint where user_id = :user)""")
                    .param("user", demo.id()).query(Long.class).list())));
            case SENCO, OUTREACH -> List.of(demo, fixtures.account(role, jdbc.sql("""
                    select id from setting where id is distinct from (select setting_id from app_user where id = :user)
                    and (:outreach = false or type in ('SPECIAL_MAINTAINED', 'SPECIAL_ACADEMY'))
                    order by id limit 1""").param("user", demo.id()).param("outreach", role == Role.OUTREACH)
                    .query(Long.class).single(), Set.of()));
            default -> List.of(demo);
        };
    }

    /** An id no record has. */
    private static final long UNKNOWN_ID = 987_654_321L;

    /** A read, or a post as a tampered form would send it: a stale version and some text. */
    private static MockHttpServletRequestBuilder tampered(RequestMethod method, String path) {
        return method == RequestMethod.GET ? get(path)
                : post(path).with(csrf()).param("version", "0").param("text", "tampered");
    }

    /** The address with the record's id first and harmless values for anything after it (a step, a number). */
    private static String address(String pattern, long id) {
        String path = pattern.replaceFirst("\\{[^}]*}", Long.toString(id));
        return path.replaceAll("\\{[^}]*}", "1");
    }

    private static boolean firstIdOnly(String pattern) {
        return pattern.indexOf('{') == pattern.lastIndexOf('{');
    }

    private long refusals(AccountView viewer) {
        return jdbc.sql("select count(*) from audit_event where actor_id = :user and action = 'ACCESS_DENIED'")
                .param("user", viewer.id()).query(Long.class).single();
    }

    private AccountView account(String email) {
        long id = jdbc.sql("select id from app_user where email = :email").param("email", email).query(Long.class).single();
        return accounts.find(id).orElseThrow();
    }
}
