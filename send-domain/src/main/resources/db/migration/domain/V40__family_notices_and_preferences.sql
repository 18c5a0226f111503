-- Emails to families from the pathway's events, and each account's choice of them (issue 16, "Notifications").
--
-- 1. A notice told from an event or a reminder carries a key naming what it tells of and to whom
--    ("draft-issued:12:34"): an event redelivered by the publication registry, or a reminder job run twice,
--    finds the key taken and queues nothing. Emails without a key (confirmations, links) are unaffected.
alter table notification_outbox add column notice_key varchar(200);
create unique index notification_outbox_notice_key on notification_outbox (notice_key) where notice_key is not null;

-- 2. Which kinds of email an account holder has turned off. No row: on. Statutory notices are always sent,
--    whatever is stored (the code does not read the choice for them), so only the optional kinds are listed.
create table notification_preference (
    account_id bigint      not null references app_user (id) on delete cascade,
    kind       varchar(30) not null,
    email_on   boolean     not null,
    changed_at timestamptz not null,
    primary key (account_id, kind),
    constraint notification_preference_kind_check check (kind in
        ('REQUEST_RECEIVED', 'ASSESSMENT_DECISION', 'DRAFT_PLAN', 'FINAL_PLAN', 'REVIEW_DUE', 'DEADLINE_REMINDER'))
);

-- 3. A young person aged 16 or over holds their own account (role YOUNG_PERSON), scoped to exactly their own
--    record: the account names the child, one account per child, and no other role names one.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('PARENT', 'SENCO', 'CASEWORKER', 'PANEL', 'COMMISSIONER', 'ADMIN', 'ADVISER', 'LOCAL_OFFER',
                    'OUTREACH', 'YOUNG_PERSON'));
alter table app_user add column child_id bigint references child (id);
alter table app_user add constraint app_user_child_scope check ((role = 'YOUNG_PERSON') = (child_id is not null));
create unique index app_user_child_key on app_user (child_id) where child_id is not null;
