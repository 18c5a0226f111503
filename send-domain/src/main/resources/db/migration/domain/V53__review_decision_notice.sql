-- The family is emailed the council's decision after a plan's review (keep, amend or cease; reg 22, with appeal
-- rights): a statutory notice, always sent, so never stored as a choice; the kind is listed so that the column's
-- check names every kind of notice, as CodedColumnsTest requires of every coded column.
alter table notification_preference drop constraint notification_preference_kind_check;
alter table notification_preference add constraint notification_preference_kind_check check (kind in
    ('REQUEST_RECEIVED', 'ASSESSMENT_DECISION', 'DRAFT_PLAN', 'FINAL_PLAN', 'REVIEW_DECISION', 'REVIEW_DUE',
     'DEADLINE_REMINDER'));
