-- Top-up funding without an EHC plan (issue 19): the council's bands, each footprint's budget per financial
-- year, the schools' applications, the panel's awards and each award's cost in each financial year it spans.

-- A band and its annual value. An award copies the value when it is approved, so changing a band's value
-- applies to new awards only.
create table funding_band (
    id                 bigserial primary key,
    name               varchar(60)  not null,
    description        varchar(500),
    annual_value_pence bigint       not null,
    active             boolean      not null default true,
    version            integer      not null default 0,
    constraint funding_band_name_unique unique (name),
    constraint funding_band_value_range check (annual_value_pence > 0 and annual_value_pence <= 100000000)
);

-- A footprint's top-up budget for one financial year (1 April to 31 March, named by the year it starts in).
-- allocated is the sum of the awards' costs in that year; the check means no award can take it over budget,
-- whatever the application does. Approvals lock this row (select ... for update) before they add to it.
create table footprint_budget (
    id                     bigserial primary key,
    footprint_id           bigint  not null references footprint (id),
    financial_year         integer not null,
    top_up_budget_pence    bigint  not null,
    top_up_allocated_pence bigint  not null default 0,
    version                integer not null default 0,
    constraint footprint_budget_one_per_year unique (footprint_id, financial_year),
    constraint footprint_budget_year_range check (financial_year between 2000 and 2100),
    constraint footprint_budget_amounts check (top_up_budget_pence >= 0 and top_up_allocated_pence >= 0
        and top_up_budget_pence <= 100000000000),
    constraint footprint_budget_never_over check (top_up_allocated_pence <= top_up_budget_pence)
);

-- A school's application for a pupil at SEN Support, made from a reviewed cycle of their support plan.
create table top_up_application (
    id                 bigserial primary key,
    child_id           bigint        not null references child (id),
    setting_id         bigint        not null references setting (id),
    footprint_id       bigint        not null references footprint (id),
    support_plan_id    bigint        not null references support_plan (id),
    support_cycle      integer       not null,
    cycle_reviewed_on  date          not null,
    evidence           varchar(4000) not null,
    intended_use       varchar(2000) not null,
    requested_band_id  bigint        not null references funding_band (id),
    starts_on          date          not null,
    ends_on            date          not null,
    review_on          date          not null,
    status             varchar(20)   not null,
    submitted_on       date          not null,
    submitted_by       varchar(254)  not null,
    more_information   varchar(2000),
    decided_on         date,
    decided_by         varchar(254),
    decision_note      varchar(2000),
    version            integer       not null default 0,
    constraint top_up_application_status_check check (status in ('SUBMITTED', 'DEFERRED', 'APPROVED', 'DECLINED')),
    constraint top_up_application_dates check (ends_on >= starts_on and review_on between starts_on and ends_on),
    constraint top_up_application_cycle_positive check (support_cycle >= 1),
    constraint top_up_application_decided check ((status = 'SUBMITTED') or (decided_on is not null and decided_by is not null)),
    constraint top_up_application_reasons check (status not in ('DECLINED', 'DEFERRED') or decision_note is not null)
);
-- one application waiting at a time per pupil
create unique index top_up_application_one_open_per_child on top_up_application (child_id)
    where status in ('SUBMITTED', 'DEFERRED');
create index top_up_application_queue on top_up_application (footprint_id, status, submitted_on, id);
create index top_up_application_setting on top_up_application (setting_id, submitted_on desc);

-- An award: the band and its annual value as they were when approved, for a fixed period, with a review date.
-- A renewal or a change of band at review is a new award following the old one.
create table top_up_award (
    id                 bigserial primary key,
    application_id     bigint       not null references top_up_application (id),
    previous_award_id  bigint references top_up_award (id),
    child_id           bigint       not null references child (id),
    setting_id         bigint       not null references setting (id),
    footprint_id       bigint       not null references footprint (id),
    band_id            bigint       not null references funding_band (id),
    band_name          varchar(60)  not null,
    annual_value_pence bigint       not null,
    starts_on          date         not null,
    ends_on            date         not null,
    review_on          date         not null,
    status             varchar(20)  not null,
    approved_on        date         not null,
    approved_by        varchar(254) not null,
    reviewed_on        date,
    reviewed_by        varchar(254),
    version            integer      not null default 0,
    constraint top_up_award_status_check check (status in ('ACTIVE', 'RENEWED', 'BAND_CHANGED', 'ENDED')),
    constraint top_up_award_dates check (ends_on >= starts_on and review_on between starts_on and ends_on),
    constraint top_up_award_value check (annual_value_pence > 0),
    constraint top_up_award_followed_once unique (previous_award_id),
    constraint top_up_award_reviewed check ((status = 'ACTIVE') = (reviewed_on is null))
);
create index top_up_award_ending on top_up_award (footprint_id, status, ends_on);
create index top_up_award_setting on top_up_award (setting_id, starts_on desc);

-- What an award costs in each financial year it spans (pro rata by day).
create table top_up_award_cost (
    award_id       bigint  not null references top_up_award (id),
    financial_year integer not null,
    cost_pence     bigint  not null,
    constraint top_up_award_cost_key primary key (award_id, financial_year),
    constraint top_up_award_cost_positive check (cost_pence >= 0)
);
