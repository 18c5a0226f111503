package uk.send.pathway.appeal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.send.domain.children.ChildrenMerged;

/**
 * When two records of one child are merged, the disagreements of the record merged away move to the record kept,
 * in the merge's own transaction (as the child's assessments and plans do).
 */
@Component
class DisagreementsFollowMerge {

    private final JdbcClient jdbc;

    DisagreementsFollowMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ChildrenMerged merged) {
        jdbc.sql("update disagreement set child_id = :kept where child_id = :merged")
                .param("kept", merged.keptId()).param("merged", merged.mergedId()).update();
    }
}
