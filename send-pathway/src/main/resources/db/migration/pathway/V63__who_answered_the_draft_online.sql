-- Who answered a draft plan online (issue 16): the parent or carer, or the young person holding their own account
-- (Children and Families Act 2014 s.80). The caseworker's case page, its timeline and the audit trail say which,
-- so a young person's own answer is never taken for their parents'. The role only, never a name: the answering
-- account stays on the timeline's actor as before. A response recorded by a caseworker (on paper) has none.
alter table needs_assessment add column draft_response_by varchar(12);
alter table needs_assessment add constraint needs_assessment_draft_response_by_check
    check (draft_response_by in ('PARENT', 'YOUNG_PERSON'));
alter table needs_assessment add constraint needs_assessment_draft_response_by_online
    check (draft_response_by is null or draft_response_online);

-- Answers already sent online: the role of the account that sent them (an account's role never changes between
-- parent and young person). One whose account is gone keeps no responder and is shown as sent by the family.
update needs_assessment a
set draft_response_by = case u.role when 'YOUNG_PERSON' then 'YOUNG_PERSON' else 'PARENT' end
from assessment_event e
join app_user u on u.id = e.actor_id
where a.draft_response_online
  and e.assessment_id = a.id
  and e.type = 'DRAFT_RESPONSE_RECEIVED'
  and u.role in ('PARENT', 'YOUNG_PERSON');
