-- The EHC plan is its own aggregate, keyed by the child: it outlives the assessment that produced it (reviews,
-- amendments, phase transfers), so that assessment is only its origin, and a later assessment or a plan
-- transferred in from another council may produce a plan too. A child has at most one current plan: one that
-- has not ceased.

alter table ehc_plan drop constraint ehc_plan_assessment_key;
alter table ehc_plan rename column assessment_id to origin_assessment_id;
alter table ehc_plan alter column origin_assessment_id drop not null;
alter table ehc_plan add column ceased_on date;
create index ehc_plan_origin_idx on ehc_plan (origin_assessment_id);

-- Existing data: where one child has plans from more than one assessment, the newest is current and each
-- older one ceased on the day the next was started.
update ehc_plan p
set ceased_on = (select min(n.created_at at time zone 'Europe/London')::date
                 from ehc_plan n where n.child_id = p.child_id and n.id > p.id)
where exists (select 1 from ehc_plan n where n.child_id = p.child_id and n.id > p.id);

create unique index ehc_plan_one_current_per_child on ehc_plan (child_id) where ceased_on is null;

-- Version kinds ready for what comes next: a proposed amendment and the amended plan (reg 22 reviews), and the
-- notice that the plan has ceased. A final or an amended plan names the school or setting in section I.
alter table plan_version alter column kind type varchar(20);
alter table plan_version drop constraint plan_version_kind_check;
alter table plan_version add constraint plan_version_kind_check
    check (kind in ('WORKING', 'DRAFT', 'FINAL', 'PROPOSED_AMENDMENT', 'AMENDED', 'CEASED'));
alter table plan_version drop constraint plan_version_final_names_placement;
alter table plan_version add constraint plan_version_final_names_placement
    check (kind not in ('FINAL', 'AMENDED') or placement_setting_id is not null);
