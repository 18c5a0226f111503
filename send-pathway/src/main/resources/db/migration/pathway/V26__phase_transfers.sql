-- Phase transfers (reg 18). Which children move between phases follows from their date of birth and the phase of
-- the setting they attend; a setting that ends before its phase does is recorded here with its last National
-- Curriculum year: an infant school (Year 2), so its Year 2 children transfer to a junior school.
create table setting_last_year_group (
    setting_id      bigint   primary key references setting (id),
    last_year_group smallint not null,
    constraint setting_last_year_group_range check (last_year_group between -1 and 13)
);

-- The transfer list reads current plans by their issued versions of these kinds, newest first.
create index plan_version_issued_kind_idx on plan_version (plan_id, kind, issued_on) where kind <> 'WORKING';
