-- Issue 16: a young person's own views are the child's views, never the parents'.
--
-- At a review, the young person's views given online are kept as the child's views (child_views), with the day they
-- gave them (the parents' and the setting's views given online keep theirs); a caseworker recording the child's views
-- clears the day, as the words are then the caseworker's record of them.
alter table plan_review add column child_views_online_on date;
alter table plan_review add constraint plan_review_child_views_online_given
    check (child_views_online_on is null or child_views is not null);

-- Before this, a young person's views for a review were stored as the parents' (parent_views): the audit trail says
-- which were theirs. Where the child's views were not recorded besides, they move to the child's.
update plan_review r
set child_views = r.parent_views, child_views_online_on = r.parent_views_on, parent_views = null, parent_views_on = null
where r.parent_views is not null and r.child_views is null
  and exists (select 1 from audit_event e join app_user u on u.id = e.actor_id
              where u.role = 'YOUNG_PERSON' and e.action = 'PLAN_REVIEW_VIEWS_GIVEN' and e.entity_type = 'PLAN'
                and e.entity_id = r.plan_id::text and e.detail = 'views: PARENT')
  and not exists (select 1 from audit_event e join app_user u on u.id = e.actor_id
                  where u.role <> 'YOUNG_PERSON' and e.action = 'PLAN_REVIEW_VIEWS_GIVEN' and e.entity_type = 'PLAN'
                    and e.entity_id = r.plan_id::text and e.detail = 'views: PARENT');

-- "About me" written by the young person as the family's views are their own views, unless they wrote both.
update about_me f set whose = 'CHILD'
from app_user u
where u.id = f.written_by and u.role = 'YOUNG_PERSON' and f.whose = 'FAMILY'
  and not exists (select 1 from about_me c where c.child_id = f.child_id and c.whose = 'CHILD');
