package uk.send.web.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.send.domain.testing.Fixtures;
import uk.send.pathway.assessment.EventType;
import uk.send.pathway.assessment.Stage;

/** The database holds the assessment's rules as the code states them, for anything that writes to it. */
@SpringBootTest
class AssessmentSchemaTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    private String constraint(String name) {
        return jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conname = :name")
                .param("name", name).query(String.class).single();
    }

    private long openCase(long childId, String stage) {
        return jdbc.sql("""
                        insert into needs_assessment (child_id, stage, requested_by, request_received, reasons)
                        values (:child, :stage, 'PARENT', current_date, 'reasons') returning id""")
                .param("child", childId).param("stage", stage).query(Long.class).single();
    }

    @Test
    void the_timeline_accepts_exactly_the_event_types_the_code_has() {
        String check = constraint("assessment_event_type_check");

        assertThat(Arrays.stream(EventType.values()).map(Enum::name)).allSatisfy(type -> assertThat(check).contains("'" + type + "'"));
        long id = openCase(fixtures.twoFamiliesInTwoFootprints().ownChild(), "REQUESTED");
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into assessment_event (assessment_id, type, occurred_on, recorded_at, actor_id, actor)
                        values (:id, 'BOGUS', current_date, now(), 1, 'someone')""").param("id", id).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_child_can_have_one_open_case_and_any_number_of_closed_ones() {
        long child = fixtures.twoFamiliesInTwoFootprints().ownChild();
        openCase(child, Stage.REFUSED.name());
        openCase(child, Stage.NOT_ISSUED.name());
        openCase(child, Stage.ASSESSING.name());

        for (Stage open : new Stage[] {Stage.REQUESTED, Stage.ASSESSING, Stage.DRAFTING, Stage.DRAFT_ISSUED}) {
            assertThatThrownBy(() -> openCase(child, open.name())).isInstanceOf(DataIntegrityViolationException.class)
                    .hasMessageContaining("needs_assessment_one_open_per_child");
        }
    }
}
