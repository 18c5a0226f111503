-- Advisers: the professionals asked for advice in an EHC needs assessment (reg 6) who sign in to give it.
-- An adviser's scope is exactly the advice requests addressed to them (advice_request.adviser_id): no
-- child's wider record, no other advice, no caseload. Like a commissioner or administrator, an adviser
-- has no setting, so app_user_setting_scope holds as it is.

alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('PARENT', 'SENCO', 'CASEWORKER', 'PANEL', 'COMMISSIONER', 'ADMIN', 'ADVISER'));

-- Advice can also be asked of someone without an account (by post or email): then adviser_id is null.
alter table advice_request add column adviser_id bigint references app_user (id);
-- Whether the advice came in online from that adviser (rather than being recorded by a caseworker).
alter table advice_request add column submitted_by_adviser boolean not null default false;
alter table advice_request add constraint advice_request_submitted_by_adviser_check
    check (not submitted_by_adviser or (adviser_id is not null and received_on is not null));

create index advice_request_adviser_idx on advice_request (adviser_id) where adviser_id is not null;
