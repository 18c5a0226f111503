package uk.send.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.send.domain.access.Role;
import uk.send.domain.reference.NationalCurriculumYear;
import uk.send.domain.reference.NhsNumber;
import uk.send.domain.reference.SenProvision;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.Upn;

/**
 * The demo data as the application loads it at start-up. The test database is shared with the other
 * test classes, so this looks only at demo rows (found by footprint code, URN or e-mail address).
 */
@SpringBootTest(properties = "send.demo-data=true")
class ReferenceDemoDataTest {

    private static final String DEMO_FOOTPRINTS = "(select id from footprint where code in ('NORTH', 'SOUTH', 'EAST', 'WEST'))";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ReferenceDemoData loader;

    @Autowired
    Clock clock;

    @Autowired
    DemoRoster roster;

    @Test
    void the_roster_gives_the_other_modules_loaders_the_children_at_a_provision_and_the_demo_accounts() {
        LocalDate threeYearsAgo = LocalDate.now(clock).minusYears(3);
        var withPlansOrSupport = roster.childrenWithProvision(EnumSet.of(SenProvision.E, SenProvision.K), threeYearsAgo);

        assertThat(withPlansOrSupport).isNotEmpty()
                .allSatisfy(c -> assertThat(c.provision()).isIn(SenProvision.E, SenProvision.K));
        assertThat((long) withPlansOrSupport.size()).isEqualTo(jdbc.sql(
                        "select count(*) from child where sen_provision in ('E', 'K') and date_of_birth < :d")
                .param("d", threeYearsAgo).query(Long.class).single());
        assertThat(roster.childrenWithProvision(EnumSet.of(SenProvision.N), null))
                .allSatisfy(c -> assertThat(c.provision()).isEqualTo(SenProvision.N));
        assertThat(roster.accountId(DemoAccounts.CASEWORKER)).isPresent();
        assertThat(roster.accountId("nobody@demo.send")).isEmpty();
    }

    @Test
    void four_footprints() {
        assertThat(jdbc.sql("select code from footprint where code in ('NORTH', 'SOUTH', 'EAST', 'WEST')")
                .query(String.class).list()).hasSize(4);
        assertThat(count("select count(*) from footprint")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void forty_settings_of_every_type_with_resource_bases_hosted_by_a_mainstream_school_in_their_footprint() {
        assertThat(count("select count(*) from setting where footprint_id in " + DEMO_FOOTPRINTS)).isGreaterThanOrEqualTo(40);
        assertThat(jdbc.sql("select distinct type from setting where footprint_id in " + DEMO_FOOTPRINTS)
                .query(String.class).list())
                .containsExactlyInAnyOrder(Arrays.stream(SettingType.values()).map(Enum::name).toArray(String[]::new));
        assertThat(count("""
                select count(*) from setting rb join setting host on host.id = rb.host_setting_id
                where rb.type = 'RESOURCE_BASE' and rb.footprint_id = host.footprint_id
                  and host.type in ('MAINSTREAM_MAINTAINED', 'MAINSTREAM_ACADEMY')
                  and rb.footprint_id in""" + DEMO_FOOTPRINTS))
                .isEqualTo(count("select count(*) from setting where type = 'RESOURCE_BASE' and footprint_id in " + DEMO_FOOTPRINTS));
    }

    @Test
    void three_hundred_children_with_valid_identifiers() {
        List<Map<String, Object>> children = jdbc.sql("select upn, nhs_number from child where home_footprint_id in " + DEMO_FOOTPRINTS)
                .query().listOfRows();

        assertThat(children).hasSizeGreaterThanOrEqualTo(300);
        assertThat(children).allSatisfy(c -> {
            assertThat(NhsNumber.isValid((String) c.get("nhs_number"))).isTrue();
            assertThat(c.get("upn") == null || Upn.isValid((String) c.get("upn"))).isTrue();
        });
        assertThat(children).filteredOn(c -> c.get("upn") != null).hasSizeGreaterThan(200);
    }

    @Test
    void every_child_at_a_school_is_of_an_age_for_its_phase() {
        List<Map<String, Object>> children = jdbc.sql("""
                        select c.date_of_birth, s.phase from child c join setting s on s.id = c.setting_id
                        where c.home_footprint_id in""" + DEMO_FOOTPRINTS)
                .query().listOfRows();

        LocalDate today = LocalDate.now(clock);
        assertThat(children).allSatisfy(c -> {
            int year = NationalCurriculumYear.yearGroup(((Date) c.get("date_of_birth")).toLocalDate(), today);
            switch ((String) c.get("phase")) {
                case "EARLY_YEARS" -> assertThat(year).isLessThan(0);
                case "PRIMARY" -> assertThat(year).isBetween(0, 6);
                case "SECONDARY" -> assertThat(year).isBetween(7, 13);
                case "POST_16" -> assertThat(year).isGreaterThanOrEqualTo(12);
                default -> assertThat(year).isBetween(0, 14);
            }
        });
    }

    @Test
    void most_children_are_on_sen_support_and_a_quarter_have_a_plan() {
        Map<String, Long> byProvision = jdbc.sql("select sen_provision, count(*) from child where home_footprint_id in "
                        + DEMO_FOOTPRINTS + " group by sen_provision")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        long total = byProvision.values().stream().mapToLong(Long::longValue).sum();
        assertThat(byProvision.get("K") * 100 / total).isBetween(50L, 70L);
        assertThat(byProvision.get("E") * 100 / total).isBetween(15L, 35L);
        assertThat(byProvision.get("N") * 100 / total).isBetween(5L, 25L);
    }

    @Test
    void every_demo_account_has_its_role_and_signs_in_with_the_demo_password() {
        Map<String, Role> expected = Map.of(
                DemoAccounts.CASEWORKER, Role.CASEWORKER,
                DemoAccounts.CASEWORKER_SOUTH, Role.CASEWORKER,
                DemoAccounts.SENCO, Role.SENCO,
                DemoAccounts.PARENT, Role.PARENT,
                DemoAccounts.COMMISSIONER, Role.COMMISSIONER,
                DemoAccounts.PANEL, Role.PANEL,
                DemoAccounts.ADMIN, Role.ADMIN);

        expected.forEach((email, role) -> {
            Map<String, Object> account = jdbc.sql("select role, password_hash, enabled from app_user where email = :email")
                    .param("email", email).query().singleRow();
            assertThat(account.get("role")).as(email).isEqualTo(role.name());
            assertThat(account.get("enabled")).as(email).isEqualTo(true);
            assertThat(passwordEncoder.matches("send-demo-2026", (String) account.get("password_hash"))).as(email).isTrue();
        });
        assertThat(DemoAccounts.ALL).containsExactlyInAnyOrderElementsOf(expected.keySet());
    }

    @Test
    void caseworkers_and_panel_see_their_own_footprints() {
        assertThat(footprintsOf(DemoAccounts.CASEWORKER)).containsExactlyInAnyOrder("NORTH", "EAST");
        assertThat(footprintsOf(DemoAccounts.CASEWORKER_SOUTH)).containsExactlyInAnyOrder("SOUTH", "WEST");
        assertThat(footprintsOf(DemoAccounts.PANEL)).containsExactly("NORTH");
    }

    @Test
    void the_sencos_school_is_a_northern_mainstream_primary_with_at_least_fifteen_demo_children() {
        Map<String, Object> school = jdbc.sql("""
                        select s.id, s.type, s.phase, f.code from app_user u
                        join setting s on s.id = u.setting_id join footprint f on f.id = s.footprint_id
                        where u.email = :email""")
                .param("email", DemoAccounts.SENCO).query().singleRow();

        assertThat(school.get("type")).isIn("MAINSTREAM_MAINTAINED", "MAINSTREAM_ACADEMY");
        assertThat(school.get("phase")).isEqualTo("PRIMARY");
        assertThat(school.get("code")).isEqualTo("NORTH");
        assertThat(jdbc.sql("select count(*) from child where setting_id = :id").param("id", school.get("id"))
                .query(Long.class).single()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void the_parent_is_linked_to_two_children_one_on_sen_support_at_the_sencos_school_one_with_a_plan_in_the_north() {
        List<Map<String, Object>> children = jdbc.sql("""
                        select c.sen_provision, c.setting_id, f.code as home,
                               (select setting_id from app_user where email = :senco) as senco_setting
                        from carer k join app_user u on u.id = k.user_id
                        join child c on c.id = k.child_id join footprint f on f.id = c.home_footprint_id
                        where u.email = :parent""")
                .param("parent", DemoAccounts.PARENT).param("senco", DemoAccounts.SENCO).query().listOfRows();

        assertThat(children).hasSize(2);
        assertThat(children).anySatisfy(c -> {
            assertThat(c.get("sen_provision")).isEqualTo("K");
            assertThat(c.get("setting_id")).isEqualTo(c.get("senco_setting"));
        });
        assertThat(children).anySatisfy(c -> {
            assertThat(c.get("sen_provision")).isEqualTo("E");
            assertThat(c.get("home")).isEqualTo("NORTH");
        });
    }

    @Test
    void loading_again_changes_nothing() throws Exception {
        List<Long> before = tableCounts();

        loader.run(new DefaultApplicationArguments());

        assertThat(tableCounts()).isEqualTo(before);
    }

    private List<Long> tableCounts() {
        return List.of("footprint", "setting", "child", "carer", "app_user", "app_user_footprint").stream()
                .map(table -> count("select count(*) from " + table)).toList();
    }

    private List<String> footprintsOf(String email) {
        return jdbc.sql("""
                        select f.code from app_user u join app_user_footprint uf on uf.user_id = u.id
                        join footprint f on f.id = uf.footprint_id where u.email = :email""")
                .param("email", email).query(String.class).list();
    }

    @Test
    void each_footprint_covers_postcode_districts_and_one_north_child_has_a_likely_duplicate_to_merge() {
        assertThat(count("select count(distinct footprint_id) from footprint_postcode where footprint_id in " + DEMO_FOOTPRINTS))
                .isEqualTo(4);
        assertThat(count("""
                select count(*) from child a join child b on a.id < b.id and a.given_name = b.given_name
                  and a.family_name = b.family_name and a.date_of_birth = b.date_of_birth
                where a.home_footprint_id = (select id from footprint where code = 'NORTH')"""))
                .isGreaterThanOrEqualTo(1);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
