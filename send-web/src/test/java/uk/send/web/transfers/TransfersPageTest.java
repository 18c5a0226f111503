package uk.send.web.transfers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingDetails;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.calendar.StatutoryCalendar;
import uk.send.pathway.plan.DemoPlans;
import uk.send.pathway.transfer.TransferKind;
import uk.send.pathway.transfer.TransferYear;
import uk.send.web.security.SignedIn;

/**
 * The coming phase transfers of a caseworker's footprint: each kind of move found from date of birth and the
 * current setting, with its deadline from the calendar; a plan already naming the next setting shown as named;
 * children not moving, without a plan, or elsewhere left out; filters, sort and CSV with the page's labels.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TransfersPageTest {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ReferenceData reference;

    @Autowired
    DemoPlans plans;

    @Autowired
    JdbcClient jdbc;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    final TransferYear year = TransferYear.containing(today);
    final StatutoryCalendar calendar = new StatutoryCalendar();
    String tag;
    AccountView caseworker;

    @BeforeEach
    void aFootprintWithEveryKindOfMove() {
        tag = "Tr" + Fixtures.next() + "x";
        FootprintView mine = fixtures.footprint();
        FootprintView other = fixtures.footprint();
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(mine.id()));
        SettingView primary = fixtures.school(mine);
        SettingView infant = fixtures.school(mine);
        jdbc.sql("insert into setting_last_year_group (setting_id, last_year_group) values (?, 2)")
                .param(infant.id()).update();
        SettingView secondary = setting(mine, SettingType.MAINSTREAM_MAINTAINED, Phase.SECONDARY);
        SettingView nursery = setting(mine, SettingType.EARLY_YEARS, Phase.EARLY_YEARS);
        LocalDate lastYear = year.academicYearStart().minusMonths(6);

        child(mine, primary, "Primary", year.bornTo(TransferKind.PRIMARY_TO_SECONDARY), primary, lastYear);
        child(mine, secondary, "Secondary", year.bornFrom(TransferKind.SECONDARY_TO_POST_16), secondary, lastYear);
        child(mine, null, "Nursery", year.bornFrom(TransferKind.EARLY_YEARS_TO_SCHOOL), nursery, lastYear);
        child(mine, infant, "Infant", year.bornTo(TransferKind.INFANT_TO_JUNIOR), infant, lastYear);
        long named = child(mine, primary, "Named", year.bornFrom(TransferKind.PRIMARY_TO_SECONDARY), primary, lastYear);
        // the plan amended this academic year to name the secondary school, on the first day of the year
        long planId = jdbc.sql("select id from ehc_plan where child_id = ? and ceased_on is null").param(named)
                .query(Long.class).single();
        jdbc.sql("""
                insert into plan_version (plan_id, number, kind, issued_on, created_by, placement_setting_id,
                                          placement_name, placement_type)
                values (?, 2, 'AMENDED', ?, 'tests', ?, ?, 'MAINSTREAM_MAINTAINED')""")
                .params(planId, year.academicYearStart(), secondary.id(), secondary.name()).update();
        // not moving this year (Year 5), no plan, and another footprint
        child(mine, primary, "Yearfive", year.bornTo(TransferKind.PRIMARY_TO_SECONDARY).plusDays(1), primary, lastYear);
        child(mine, primary, "Noplan", year.bornTo(TransferKind.PRIMARY_TO_SECONDARY), null, null);
        SettingView otherPrimary = fixtures.school(other);
        child(other, otherPrimary, "Elsewhere", year.bornTo(TransferKind.PRIMARY_TO_SECONDARY), otherPrimary, lastYear);
    }

    private SettingView setting(FootprintView footprint, SettingType type, Phase phase) {
        int n = Fixtures.next();
        return reference.createSetting(new SettingDetails(String.valueOf(500000 + n), "Setting " + n, type, phase,
                footprint.id(), null, true), Fixtures.SYSTEM);
    }

    private long child(FootprintView home, SettingView setting, String name, LocalDate born, SettingView named,
                       LocalDate planIssued) {
        long id = fixtures.child(home, setting, null);
        jdbc.sql("update child set family_name = ?, date_of_birth = ? where id = ?").params(tag + name, born, id)
                .update();
        if (named != null) {
            plans.writeExisting(id, named.id(), planIssued, "tests");
        }
        return id;
    }

    private String page(String query) throws Exception {
        return mvc.perform(get("/caseworker/transfers" + query).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void every_kind_of_move_is_listed_with_its_deadline_and_no_one_else() throws Exception {
        String html = page("?q=" + tag);

        assertThat(html).contains(tag + "Primary", tag + "Secondary", tag + "Nursery", tag + "Infant", tag + "Named")
                .doesNotContain(tag + "Yearfive", tag + "Noplan", tag + "Elsewhere")
                .contains("Early years to school", "Infant to junior", "Primary to secondary", "Secondary to post-16")
                .contains(SHORT.format(year.deadline(calendar, TransferKind.PRIMARY_TO_SECONDARY)))
                .contains(SHORT.format(year.deadline(calendar, TransferKind.SECONDARY_TO_POST_16)))
                .contains(SHORT.format(calendar.transferReviewStartBy(
                        year.deadline(calendar, TransferKind.PRIMARY_TO_SECONDARY))))
                .contains("Showing 1 to 5 of 5");
    }

    @Test
    void a_plan_amended_this_year_to_name_a_setting_of_the_next_phase_is_named_and_the_filters_narrow_the_list()
            throws Exception {
        String named = page("?q=" + tag + "&status=NAMED");
        assertThat(named).contains(tag + "Named").doesNotContain(tag + "Primary<").contains("Showing 1 to 1 of 1");

        String primary = page("?q=" + tag + "&kind=PRIMARY_TO_SECONDARY");
        assertThat(primary).contains(tag + "Primary", tag + "Named").doesNotContain(tag + "Secondary", tag + "Infant");
    }

    /** Inserts a version naming {@code setting} for the named child's plan, issued on {@code on}. */
    private void nameSetting(String name, long setting, LocalDate on) {
        long planId = jdbc.sql("""
                        select p.id from ehc_plan p join child c on c.id = p.child_id
                        where c.family_name = ? and p.ceased_on is null""").param(tag + name).query(Long.class).single();
        jdbc.sql("""
                insert into plan_version (plan_id, number, kind, issued_on, created_by, placement_setting_id,
                                          placement_name, placement_type)
                select ?, 2, 'AMENDED', ?, 'tests', s.id, s.name, s.type from setting s where s.id = ?""")
                .params(planId, on, setting).update();
    }

    private long settingOf(String name) {
        return jdbc.sql("select setting_id from child where family_name = ?").param(tag + name).query(Long.class)
                .single();
    }

    @Test
    void a_plan_naming_the_next_setting_on_its_deadline_is_named_in_time_and_one_the_day_after_is_named_late()
            throws Exception {
        LocalDate february = year.deadline(calendar, TransferKind.PRIMARY_TO_SECONDARY);
        LocalDate march = year.deadline(calendar, TransferKind.SECONDARY_TO_POST_16);
        assertThat(february).isEqualTo(LocalDate.of(year.calendarYear(), 2, 15));
        assertThat(march).isEqualTo(LocalDate.of(year.calendarYear(), 3, 31));
        long secondary = settingOf("Secondary");
        nameSetting("Primary", secondary, february);
        nameSetting("Secondary", secondary, march.plusDays(1));

        String named = page("?q=" + tag + "&status=NAMED");
        assertThat(named).contains(tag + "Primary,", tag + "Named,").doesNotContain(tag + "Secondary,")
                .contains("Showing 1 to 2 of 2");
        String late = page("?q=" + tag + "&status=NAMED_LATE");
        assertThat(late).contains(tag + "Secondary,").doesNotContain(tag + "Primary,").contains("Showing 1 to 1 of 1");
    }

    @Test
    void sorting_by_name_orders_the_children_alphabetically() throws Exception {
        String html = page("?q=" + tag + "&sort=NAME");
        assertThat(html.indexOf(tag + "Infant")).isLessThan(html.indexOf(tag + "Named"));
        assertThat(html.indexOf(tag + "Named")).isLessThan(html.indexOf(tag + "Nursery"));
        assertThat(html.indexOf(tag + "Primary")).isLessThan(html.indexOf(tag + "Secondary"));
    }

    @Test
    void the_csv_has_the_page_labels_and_one_line_per_child() throws Exception {
        String csv = mvc.perform(get("/caseworker/transfers.csv?q=" + tag + "&sort=NAME").with(SignedIn.as(caseworker)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("Child,Date of birth,UPN,Area,Current setting,Transfer,Plan final by,Review held by");
        assertThat(lines).hasSize(6);
        assertThat(lines[1]).startsWith("\"" + tag + "Infant, Alex\"").contains("Infant to junior");
        assertThat(lines[2]).contains("Setting named");
    }

    @Test
    void the_list_is_the_caseworkers_own_and_reached_from_the_caseload() throws Exception {
        mvc.perform(get("/caseworker").with(SignedIn.as(caseworker)))
                .andExpect(content().string(containsString("href=\"/caseworker/transfers\"")));
        AccountView senco = fixtures.account(Role.SENCO, fixtures.school(fixtures.footprint()).id(), Set.of());
        mvc.perform(get("/caseworker/transfers").with(SignedIn.as(senco))).andExpect(status().isForbidden());
        AccountView elsewhere = fixtures.account(Role.CASEWORKER, null, Set.of(fixtures.footprint().id()));
        mvc.perform(get("/caseworker/transfers?q=" + tag).with(SignedIn.as(elsewhere)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(tag + "Primary"))));
    }

    private void review(String name, LocalDate meetingOn, String status) {
        long planId = jdbc.sql("""
                        select p.id from ehc_plan p join child c on c.id = p.child_id
                        where c.family_name = ? and p.ceased_on is null""").param(tag + name).query(Long.class).single();
        jdbc.sql("""
                insert into plan_review (plan_id, due_on, meeting_on, status, decision, decided_on, created_by)
                values (?, ?, ?, ?, ?, ?, 'tests')""")
                .params(planId, meetingOn, meetingOn, status, "COMPLETED".equals(status) ? "MAINTAIN" : null,
                        "COMPLETED".equals(status) ? meetingOn : null).update();
    }

    @Test
    void the_list_shows_whether_the_review_for_the_move_is_arranged_or_held_and_filters_by_it() throws Exception {
        review("Primary", today, "COMPLETED");
        review("Secondary", today.plusDays(10), "ARRANGED");
        // a review held before this academic year does not lead to this year's move
        review("Infant", year.academicYearStart().minusDays(1), "COMPLETED");

        String held = page("?q=" + tag + "&review=HELD");
        assertThat(held).contains(tag + "Primary").doesNotContain(tag + "Secondary", tag + "Infant", tag + "Nursery")
                .contains("Showing 1 to 1 of 1").contains("Held");
        String arranged = page("?q=" + tag + "&review=ARRANGED");
        assertThat(arranged).contains(tag + "Secondary", SHORT.format(today.plusDays(10)))
                .doesNotContain(tag + "Primary", tag + "Infant").contains("Showing 1 to 1 of 1");
        String none = page("?q=" + tag + "&review=NOT_ARRANGED");
        assertThat(none).contains(tag + "Infant", tag + "Nursery", tag + "Named")
                .doesNotContain(tag + "Primary,", tag + "Secondary,").contains("Showing 1 to 3 of 3");
        String csv = mvc.perform(get("/caseworker/transfers.csv?q=" + tag + "&review=ARRANGED").with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).contains("Review for the move", "Arranged");
    }
}
