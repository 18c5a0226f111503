-- SEN Support, issue 18 continued.
--
-- "Tell it once": a school's request for an EHC needs assessment names the school that asked and the pupil's
-- SEN Support record, whose cycles (outcomes, provision, views) are the request's evidence, read from the record
-- itself rather than copied into the request.
alter table needs_assessment
    add column requesting_setting_id bigint references setting (id),
    add column support_record_id     bigint references sen_support_record (id),
    add constraint needs_assessment_school_request check (
        (requesting_setting_id is null or requested_by = 'SETTING')
        and (support_record_id is null or requesting_setting_id is not null));
create index needs_assessment_support_record_idx on needs_assessment (support_record_id)
    where support_record_id is not null;

-- Pupils joining and leaving: the record at the school left is closed (reason LEFT_SETTING) naming where the
-- pupil went if known; the record opened at the school joined names the one before it, so the SEN Support follows
-- the child. The new school's SENCO sees the earlier record's cycles only when the family agreed to share it: set
-- by the parent, or by the SENCO with the day the parent agreed recorded.
alter table sen_support_record
    add column left_to_setting_id      bigint references setting (id),
    add column previous_record_id      bigint references sen_support_record (id),
    add column shared_with_next_school boolean      not null default false,
    add column sharing_agreed_on       date,
    add column sharing_recorded_by     varchar(254),
    add column sharing_by_parent       boolean      not null default false,
    add constraint sen_support_sharing_recorded check (not shared_with_next_school
        or (sharing_agreed_on is not null and sharing_recorded_by is not null)),
    add constraint sen_support_left_to_when_left check (left_to_setting_id is null or removal_reason = 'LEFT_SETTING');
create index sen_support_record_previous_idx on sen_support_record (previous_record_id)
    where previous_record_id is not null;
