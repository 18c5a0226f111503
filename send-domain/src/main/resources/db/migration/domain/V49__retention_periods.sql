-- Retention periods an administrator has set, per record type (issue 23). A record type with no row keeps the
-- council's default, declared with the type in code. The report of records past retention reads the records'
-- own tables; nothing is deleted by the service.
create table retention_period (
    record_type varchar(40)  primary key,
    years       integer      not null,
    months      integer      not null,
    changed_at  timestamptz  not null,
    changed_by  varchar(254) not null,
    constraint retention_period_record_type_format check (record_type ~ '^[A-Z][A-Z_]{0,39}$'),
    constraint retention_period_years_range check (years between 0 and 100),
    constraint retention_period_months_range check (months between 0 and 11),
    constraint retention_period_at_least_a_month check (years * 12 + months >= 1)
);
