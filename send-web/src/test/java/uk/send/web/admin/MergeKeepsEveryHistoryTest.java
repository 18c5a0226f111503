package uk.send.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

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
import uk.send.pathway.plan.CeaseReason;
import uk.send.pathway.plan.EhcPlans;
import uk.send.pathway.plan.MigratedPlan;
import uk.send.pathway.support.MigratedSupport;
import uk.send.pathway.support.SupportPlans;
import uk.send.web.security.SignedIn;

/**
 * A merge keeps every history, not only carers and needs assessments ({@link MergeChildrenTest}): the duplicate's
 * EHC plan with its versions, its SEN Support record and the young person's own account all move to the record
 * kept, in the one transaction of the merge, which is audited on both records; the kept record's page then shows
 * them, and nothing is left pointing at the duplicate.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MergeKeepsEveryHistoryTest {

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
    void the_duplicates_plan_with_its_versions_sen_support_and_own_account_move_to_the_record_kept() throws Exception {
        AccountView adminAccount = fixtures.account(Role.ADMIN, null, Set.of());
        Viewer admin = new Viewer(adminAccount.id(), adminAccount.email(), Role.ADMIN, Set.of(), null);
        FootprintView footprint = fixtures.footprint();
        String district = "ZM" + (Fixtures.next() % 90 + 10);
        reference.coverPostcodes(footprint.id(), List.of(district), admin);
        SettingView school = reference.createSetting(new SettingDetails(String.valueOf(700000 + Fixtures.next()),
                "Merge School " + Fixtures.next(), SettingType.MAINSTREAM_MAINTAINED, Phase.SECONDARY, footprint.id(),
                null, true), admin);
        String prefix = "MRG" + Fixtures.next() + "-";
        String family = "Merged" + Fixtures.next();
        children.importChildren(List.of(child(2, prefix + "kept", family, district),
                child(3, prefix + "dup", family, district)), admin, done -> { }, 0L);
        long kept = id(prefix + "kept");
        long duplicate = id(prefix + "dup");
        // the duplicate's history: a plan that ceased when needs were met without one, then SEN Support
        plans.importPlans(List.of(new MigratedPlan(2, prefix + "dup", null, LocalDate.of(2021, 2, 1),
                MigratedPlan.Status.CEASED, school.id(), NeedCode.SLCN, LocalDate.of(2022, 1, 20),
                LocalDate.of(2023, 7, 31), CeaseReason.NEEDS_MET_WITHOUT_PLAN)), admin, done -> { }, 0L);
        support.importSupport(List.of(new MigratedSupport(2, prefix + "dup", null, school.id(), LocalDate.of(2023, 9, 5),
                NeedCode.SLCN, null)), admin, done -> { }, 0L);
        AccountView youngPerson = fixtures.youngPerson(duplicate);
        long plan = count("select id from ehc_plan where child_id = :id", duplicate);
        long versions = count("select count(*) from plan_version where plan_id = :id", plan);
        long supportRecords = count("select count(*) from sen_support_record where child_id = :id", duplicate);
        assertThat(versions).isPositive();
        assertThat(supportRecords).isOne();

        MockHttpServletResponse merged = mvc.perform(post("/admin/children/merge").param("first", String.valueOf(kept))
                        .param("second", String.valueOf(duplicate)).param("keep", String.valueOf(kept))
                        .with(csrf()).with(SignedIn.as(adminAccount)))
                .andReturn().getResponse();

        assertThat(merged.getRedirectedUrl()).isEqualTo("/admin/children/" + kept);
        assertThat(count("select child_id from ehc_plan where id = :id", plan)).isEqualTo(kept);
        assertThat(count("select count(*) from plan_version where plan_id = :id", plan)).isEqualTo(versions);
        assertThat(count("select count(*) from sen_support_record where child_id = :id", kept)).isEqualTo(supportRecords);
        assertThat(count("select child_id from app_user where id = :id", youngPerson.id())).isEqualTo(kept);
        assertThat(count("select count(*) from carer where child_id = :id", kept)).isEqualTo(2);
        // nothing is left pointing at the duplicate, which is kept (merged, not deleted)
        for (String table : List.of("carer", "needs_assessment", "ehc_plan", "sen_support_record", "about_me",
                "disagreement", "top_up_application", "top_up_award", "app_user")) {
            assertThat(count("select count(*) from " + table + " where child_id = :id", duplicate)).as(table).isZero();
        }
        assertThat(count("select merged_into_id from child where id = :id", duplicate)).isEqualTo(kept);
        assertThat(count("""
                        select count(*) from audit_event where action = 'CHILD_MERGED'
                        and entity_id in (cast(:id as varchar), cast(:other as varchar))""", kept, duplicate))
                .as("audited on both records").isEqualTo(2);

        String record = mvc.perform(get("/admin/children/{id}", kept).with(SignedIn.as(adminAccount)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(record).contains(family);
        AccountView caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(footprint.id()));
        String caseworkersView = mvc.perform(get("/children/{id}", kept).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(caseworkersView).as("the SEN Support that came with the duplicate is on the record kept")
                .contains("SEN support");
        assertThat(mvc.perform(get("/plans/{id}", plan).with(SignedIn.as(caseworker))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).as("the ceased plan, now the kept record's")
                .contains("Alex " + family);
    }

    private static MigratedChild child(int row, String reference, String family, String district) {
        return new MigratedChild(row, reference, "Alex", family, LocalDate.of(2010, 5, 1), null, null,
                Postcode.of(district + " 1AA"), null,
                new CarerDetails("Sam", family + row, Relationship.PARENT, true, null, null, null, null));
    }

    private long id(String reference) {
        return jdbc.sql("select id from child where migration_reference = :r").param("r", reference)
                .query(Long.class).single();
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    private long count(String sql, long id, long other) {
        return jdbc.sql(sql).param("id", id).param("other", other).query(Long.class).single();
    }
}
