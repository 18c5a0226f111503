package uk.send.pathway.support;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.send.domain.children.ChildrenMerged;
import uk.send.domain.children.MergeRefusedException;

/**
 * When two records of one child are merged, their time at SEN Support (every record, with every cycle) moves
 * to the record kept, in the merge's own transaction (as the assessments and plans do). A child is at SEN
 * Support once at a time, so two open records are refused: the school ends one first.
 */
@Component
class SupportFollowsMerge {

    private final JdbcClient jdbc;

    SupportFollowsMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ChildrenMerged merged) {
        Integer open = jdbc.sql("""
                        select count(distinct child_id) from sen_support_record
                        where child_id in (:kept, :merged) and removed_on is null""")
                .param("kept", merged.keptId()).param("merged", merged.mergedId()).query(Integer.class).single();
        if (open == 2) {
            throw new MergeRefusedException("merge.refused.twoSupportRecords");
        }
        jdbc.sql("update sen_support_record set child_id = :kept where child_id = :merged")
                .param("kept", merged.keptId()).param("merged", merged.mergedId()).update();
    }
}
