package uk.send.pathway.assessment;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.send.domain.children.ChildrenMerged;

/**
 * When two records of one child are merged, the family's "about me" views move to the record kept, in the
 * merge's own transaction (see {@link AssessmentsFollowMerge}). Where both records hold the child's (or the
 * parents') views, the more recently written stand.
 */
@Component
class AboutMeFollowsMerge {

    private final JdbcClient jdbc;

    AboutMeFollowsMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ChildrenMerged merged) {
        jdbc.sql("""
                        insert into about_me (child_id, whose, views, written_on, written_by)
                        select :kept, whose, views, written_on, written_by from about_me where child_id = :merged
                        on conflict (child_id, whose) do update
                            set views = excluded.views, written_on = excluded.written_on, written_by = excluded.written_by
                            where about_me.written_on < excluded.written_on""")
                .param("kept", merged.keptId()).param("merged", merged.mergedId()).update();
        jdbc.sql("delete from about_me where child_id = :merged").param("merged", merged.mergedId()).update();
    }
}
