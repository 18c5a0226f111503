-- Footprint funding beyond top-up (issue 19): capital grants for mainstream schools (access arrangements,
-- "mainstream plus" provision) decided by the footprint's panel against a capital budget per financial year; and
-- outreach from special schools against a quota of sessions per footprint per financial year, accepted and delivered
-- by an outreach provider (role OUTREACH, attached to its special school as a SENCO is to their setting).

-- A footprint's capital budget for one financial year. allocated is the sum of the grants approved in the year;
-- approvals lock this row (select ... for update) and the check refuses going over whatever the application does.
create table capital_budget (
    id              bigserial primary key,
    footprint_id    bigint  not null references footprint (id),
    financial_year  integer not null,
    budget_pence    bigint  not null,
    allocated_pence bigint  not null default 0,
    version         integer not null default 0,
    constraint capital_budget_one_per_year unique (footprint_id, financial_year),
    constraint capital_budget_year_range check (financial_year between 2000 and 2100),
    constraint capital_budget_amounts check (budget_pence >= 0 and allocated_pence >= 0
        and budget_pence <= 100000000000),
    constraint capital_budget_never_over check (allocated_pence <= budget_pence)
);

-- A school's application for a capital grant in a financial year. It describes the pupils or cohort it serves
-- without naming children (the panel's pages show only this text and a count).
create table capital_application (
    id               bigserial primary key,
    setting_id       bigint        not null references setting (id),
    footprint_id     bigint        not null references footprint (id),
    financial_year   integer       not null,
    purpose          varchar(30)   not null,
    title            varchar(120)  not null,
    what_it_buys     varchar(2000) not null,
    who_it_serves    varchar(1000) not null,
    pupils_served    integer       not null,
    amount_pence     bigint        not null,
    status           varchar(20)   not null,
    submitted_on     date          not null,
    submitted_by     varchar(254)  not null,
    more_information varchar(2000),
    decided_on       date,
    decided_by       varchar(254),
    decision_note    varchar(2000),
    paid_on          date,
    version          integer       not null default 0,
    constraint capital_application_purpose_check check (purpose in ('ACCESS_ARRANGEMENTS', 'MAINSTREAM_PLUS')),
    constraint capital_application_status_check check (status in ('SUBMITTED', 'DEFERRED', 'APPROVED', 'DECLINED')),
    constraint capital_application_year_range check (financial_year between 2000 and 2100),
    constraint capital_application_amount check (amount_pence > 0 and amount_pence <= 100000000),
    constraint capital_application_pupils check (pupils_served between 1 and 10000),
    constraint capital_application_decided check ((status = 'SUBMITTED') or (decided_on is not null and decided_by is not null)),
    constraint capital_application_reasons check (status not in ('DECLINED', 'DEFERRED') or decision_note is not null),
    constraint capital_application_paid check ((status = 'APPROVED') = (paid_on is not null))
);
create index capital_application_queue on capital_application (footprint_id, status, submitted_on, id);
create index capital_application_setting on capital_application (setting_id, submitted_on desc, id desc);
create index capital_application_year on capital_application (footprint_id, financial_year, status);

-- A footprint's outreach quota for one financial year, in sessions. allocated is the sessions accepted by
-- providers for requests in the year; acceptances lock this row and the check refuses going over.
create table outreach_quota (
    id                 bigserial primary key,
    footprint_id       bigint  not null references footprint (id),
    financial_year     integer not null,
    sessions           integer not null,
    allocated_sessions integer not null default 0,
    version            integer not null default 0,
    constraint outreach_quota_one_per_year unique (footprint_id, financial_year),
    constraint outreach_quota_year_range check (financial_year between 2000 and 2100),
    constraint outreach_quota_amounts check (sessions >= 0 and sessions <= 100000 and allocated_sessions >= 0),
    constraint outreach_quota_never_over check (allocated_sessions <= sessions)
);

-- A mainstream school's request for outreach from a special school, against its footprint's quota for the year.
create table outreach_request (
    id                  bigserial primary key,
    setting_id          bigint        not null references setting (id),
    provider_setting_id bigint        not null references setting (id),
    footprint_id        bigint        not null references footprint (id),
    financial_year      integer       not null,
    need                varchar(4),
    support_wanted      varchar(2000) not null,
    sessions            integer       not null,
    sessions_delivered  integer       not null default 0,
    status              varchar(20)   not null,
    requested_on        date          not null,
    requested_by        varchar(254)  not null,
    answered_on         date,
    answered_by         varchar(254),
    decline_reason      varchar(2000),
    version             integer       not null default 0,
    constraint outreach_request_status_check check (status in ('REQUESTED', 'ACCEPTED', 'DECLINED', 'COMPLETED')),
    constraint outreach_request_need_check check (need is null or need in ('SPLD', 'MLD', 'SLD', 'PMLD', 'SEMH',
        'SLCN', 'HI', 'VI', 'MSI', 'PD', 'ASD', 'OTH', 'NSA')),
    constraint outreach_request_year_range check (financial_year between 2000 and 2100),
    constraint outreach_request_sessions check (sessions between 1 and 100),
    constraint outreach_request_delivered check (sessions_delivered between 0 and sessions
        and (status = 'COMPLETED') = (sessions_delivered = sessions)),
    constraint outreach_request_not_itself check (setting_id <> provider_setting_id),
    constraint outreach_request_answered check ((status = 'REQUESTED') or (answered_on is not null and answered_by is not null)),
    constraint outreach_request_reason check ((status = 'DECLINED') = (decline_reason is not null))
);
create index outreach_request_setting on outreach_request (setting_id, requested_on desc, id desc);
create index outreach_request_provider on outreach_request (provider_setting_id, status, requested_on, id);
create index outreach_request_year on outreach_request (footprint_id, financial_year, status);

-- A session delivered for a request, with its outcome.
create table outreach_session (
    id           bigserial primary key,
    request_id   bigint        not null references outreach_request (id),
    delivered_on date          not null,
    outcome      varchar(2000) not null,
    recorded_by  varchar(254)  not null
);
create index outreach_session_request on outreach_session (request_id, delivered_on);

-- The outreach provider: a role attached to its special school, as a SENCO is to their setting.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('PARENT', 'SENCO', 'CASEWORKER', 'PANEL', 'COMMISSIONER', 'ADMIN', 'ADVISER', 'LOCAL_OFFER',
                    'OUTREACH'));
alter table app_user drop constraint app_user_setting_scope;
alter table app_user add constraint app_user_setting_scope
    check ((role in ('SENCO', 'OUTREACH')) = (setting_id is not null));
