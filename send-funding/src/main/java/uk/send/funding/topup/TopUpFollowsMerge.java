package uk.send.funding.topup;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.send.domain.children.ChildrenMerged;
import uk.send.domain.children.MergeRefusedException;

/**
 * When two records of one child are merged, their top-up applications and awards move to the record kept, in the
 * merge's own transaction. A pupil has one application waiting at a time, so two waiting are refused: the panel
 * decides one first.
 */
@Component
class TopUpFollowsMerge {

    private final JdbcClient jdbc;

    TopUpFollowsMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ChildrenMerged merged) {
        Integer open = jdbc.sql("""
                        select count(distinct child_id) from top_up_application
                        where child_id in (:kept, :merged) and status in ('SUBMITTED', 'DEFERRED')""")
                .param("kept", merged.keptId()).param("merged", merged.mergedId()).query(Integer.class).single();
        if (open == 2) {
            throw new MergeRefusedException("merge.refused.twoTopUpApplications");
        }
        jdbc.sql("update top_up_application set child_id = :kept where child_id = :merged")
                .param("kept", merged.keptId()).param("merged", merged.mergedId()).update();
        jdbc.sql("update top_up_award set child_id = :kept where child_id = :merged")
                .param("kept", merged.keptId()).param("merged", merged.mergedId()).update();
    }
}
