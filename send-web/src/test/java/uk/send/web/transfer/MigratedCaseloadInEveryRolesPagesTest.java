package uk.send.web.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.children.CarerDetails;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.MigratedChild;
import uk.send.domain.children.Relationship;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.Postcode;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingDetails;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.plan.EhcPlans;
import uk.send.pathway.plan.MigratedPlan;
import uk.send.pathway.support.MigratedSupport;
import uk.send.pathway.support.SupportPlans;
import uk.send.web.security.SignedIn;

/**
 * What a migration brings is the service's data like any other: children, their plans and SEN Support, once
 * imported, are on the caseworker's list and records, the SENCO's register, the family's own pages once an
 * administrator links the parent, and the young person's; nothing of it reaches a caseworker of another footprint.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MigratedCaseloadInEveryRolesPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ReferenceData reference;
    @Autowired
    ChildDirectory children;
    @Autowired
    EhcPlans plans;
    @Autowired
    SupportPlans support;
    @Autowired
    JdbcClient jdbc;

    @Test
    void imported_children_plans_and_sen_support_appear_on_each_roles_own_pages() throws Exception {
        AccountView adminAccount = fixtures.account(Role.ADMIN, null, Set.of());
        Viewer admin = new Viewer(adminAccount.id(), adminAccount.email(), Role.ADMIN, Set.of(), null);
        FootprintView footprint = fixtures.footprint();
        String district = "ZR" + (Fixtures.next() % 90 + 10);
        reference.coverPostcodes(footprint.id(), List.of(district), admin);
        SettingView school = reference.createSetting(new SettingDetails(String.valueOf(700000 + Fixtures.next()),
                "Migrated Primary " + Fixtures.next(), SettingType.MAINSTREAM_MAINTAINED, Phase.PRIMARY, footprint.id(),
                null, true), admin);
        String prefix = "EVR" + Fixtures.next() + "-";
        String family = "Carried" + Fixtures.next();
        children.importChildren(List.of(
                new MigratedChild(2, prefix + "plan", "Ada", family, LocalDate.of(2009, 4, 1), null, null,
                        Postcode.of(district + " 1AA"), school.id(),
                        new CarerDetails("Sam", family, Relationship.MOTHER, true, null, null, null, null)),
                new MigratedChild(3, prefix + "support", "Ben", family, LocalDate.of(2017, 4, 1), null, null,
                        Postcode.of(district + " 1AA"), school.id(),
                        new CarerDetails("Sam", family, Relationship.MOTHER, true, null, null, null, null))),
                admin, done -> { }, 0L);
        plans.importPlans(List.of(new MigratedPlan(2, prefix + "plan", null, LocalDate.of(2023, 9, 12),
                MigratedPlan.Status.ACTIVE, school.id(), NeedCode.ASD, LocalDate.of(2025, 9, 10), null, null)),
                admin, done -> { }, 0L);
        support.importSupport(List.of(new MigratedSupport(2, prefix + "support", null, school.id(),
                LocalDate.of(2025, 9, 3), NeedCode.SEMH, null)), admin, done -> { }, 0L);
        long withPlan = id(prefix + "plan");
        long atSupport = id(prefix + "support");
        long plan = jdbc.sql("select id from ehc_plan where child_id = :id").param("id", withPlan).query(Long.class).single();

        // the caseworker of the footprint: the list, the records, the plan
        RequestPostProcessor caseworker = SignedIn.as(fixtures.account(Role.CASEWORKER, null, Set.of(footprint.id())));
        assertThat(page("/caseworker/children?q=" + family, caseworker)).contains("/children/" + withPlan + "\"",
                "/children/" + atSupport + "\"");
        assertThat(page("/children/" + withPlan, caseworker)).contains("Ada " + family, "/plans/" + plan);
        assertThat(page("/plans/" + plan, caseworker)).contains("Ada " + family);

        // the SENCO of the school: both on the register, one at SEN Support, one with a plan
        RequestPostProcessor senco = SignedIn.as(fixtures.account(Role.SENCO, school.id(), Set.of()));
        assertThat(page("/school?q=" + family, senco)).contains("/school/pupils/" + withPlan, "/school/pupils/" + atSupport,
                "EHC plan", "SEN support");

        // the family: the parent, once an administrator links their account to the migrated carer
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());
        long carer = jdbc.sql("select id from carer where child_id = :id").param("id", withPlan).query(Long.class).single();
        children.linkCarerAccount(withPlan, carer, parent.id(), admin);
        assertThat(page("/parent", SignedIn.as(parent))).contains("Ada " + family).doesNotContain("Ben " + family);
        assertThat(page("/plans/" + plan, SignedIn.as(parent))).contains("Ada " + family);
        // and the young person, with their own account
        assertThat(page("/parent", SignedIn.as(fixtures.youngPerson(withPlan)))).contains("Ada " + family);

        // a caseworker of another footprint sees none of it
        RequestPostProcessor elsewhere = SignedIn.as(fixtures.account(Role.CASEWORKER, null, Set.of(fixtures.footprint().id())));
        assertThat(page("/caseworker/children?q=" + family, elsewhere)).doesNotContain("/children/" + withPlan + "\"");
        assertThat(mvc.perform(get("/children/" + withPlan).with(elsewhere)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long id(String reference) {
        return jdbc.sql("select id from child where migration_reference = :r").param("r", reference)
                .query(Long.class).single();
    }
}
