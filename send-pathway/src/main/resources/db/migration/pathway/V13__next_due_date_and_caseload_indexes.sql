-- Issue 24: the caseload filtered, sorted and paged in SQL. Each open case keeps its next statutory date and
-- what is due by it (NeedsAssessment.nextDeadline, from the one calendar), recomputed by the aggregate at every
-- step. Rows written before these columns (or by the data generator) start NULL and are filled by the
-- application at start-up (NextDeadlineBackfill), in batches, once across instances.
set local statement_timeout = 0;

alter table needs_assessment add column next_due_date date;
alter table needs_assessment add column next_due_kind varchar(40);
alter table needs_assessment add constraint needs_assessment_next_due_kind_check check (next_due_kind in
    ('DECISION_TO_ASSESS', 'ADVICE', 'DECISION_NOT_TO_ISSUE', 'DRAFT', 'FINAL_PLAN'));
alter table needs_assessment add constraint needs_assessment_next_due_together check
    ((next_due_date is null) = (next_due_kind is null));
alter table needs_assessment add constraint needs_assessment_closed_has_no_next_due check
    (stage in ('REQUESTED', 'ASSESSING', 'DRAFTING', 'DRAFT_ISSUED') or next_due_date is null);

-- The caseload's sorts, each over open cases only, each ending in the id that makes pages stable:
-- most urgent first (the default, also the status filter's date ranges), by request received, by stage.
create index needs_assessment_open_next_due_idx on needs_assessment (next_due_date, id)
    include (child_id, stage)
    where stage in ('REQUESTED', 'ASSESSING', 'DRAFTING', 'DRAFT_ISSUED');
create index needs_assessment_open_received_idx on needs_assessment (request_received, id)
    where stage in ('REQUESTED', 'ASSESSING', 'DRAFTING', 'DRAFT_ISSUED');
-- the counts per stage and status: read from the index alone
create index needs_assessment_open_counts_idx on needs_assessment (child_id) include (stage, next_due_date)
    where stage in ('REQUESTED', 'ASSESSING', 'DRAFTING', 'DRAFT_ISSUED');
-- open cases whose next date is not yet kept: the start-up fill finds none cheaply
create index needs_assessment_next_due_missing_idx on needs_assessment (id)
    where next_due_date is null and stage in ('REQUESTED', 'ASSESSING', 'DRAFTING', 'DRAFT_ISSUED');
