-- The plan document right in law.
--
-- A draft plan, and proposed amendments, must not name a school or other institution, or a type of one
-- (Children and Families Act 2014 s.38(5)): section I of a version of those kinds stays empty. Versions issued
-- before this rule are records of what was sent and cannot change (plan_version_immutable), so the check is
-- added NOT VALID: every version written from now on is checked, and the pages never show section I of a draft.
alter table plan_version add constraint plan_version_draft_names_no_setting check (
    kind not in ('DRAFT', 'PROPOSED_AMENDMENT')
    or (placement_setting_id is null and placement_name is null and placement_type is null)) not valid;

-- Section J, the personal budget, structured: whether one was requested, its amount a year in pence, the parts
-- of the plan it pays towards, whether any is paid as direct payments; section_j keeps the words (the
-- arrangements; before this, the whole of J, kept with the request not recorded).
alter table plan_version
    add column budget_requested       boolean,
    add column budget_amount_pence    bigint,
    add column budget_education       boolean not null default false,
    add column budget_health          boolean not null default false,
    add column budget_social_care     boolean not null default false,
    add column budget_direct_payments boolean,
    add constraint plan_version_budget_amount_check check (
        budget_amount_pence is null or budget_amount_pence between 1 and 100000000),
    add constraint plan_version_budget_requested_check check (
        case when budget_requested is true
             then budget_amount_pence is not null and budget_direct_payments is not null
                  and (budget_education or budget_health or budget_social_care)
             else budget_amount_pence is null and budget_direct_payments is null
                  and not (budget_education or budget_health or budget_social_care)
        end);
