-- Issue 22, data in: top-up awards brought across from the system the council is leaving. A migrated award has
-- no application in this service (the school applied in the old one), so it names the import that brought it
-- instead (a renewal of it at review follows it, naming neither). Its natural key is the child and the day it
-- starts (re-running the same file changes nothing). Its cost is taken from the footprint's budget for each
-- financial year it spans, as a panel approval's is.
alter table top_up_award alter column application_id drop not null;
alter table top_up_award add column migrated_by_import_id bigint references data_import (id);
alter table top_up_award add constraint top_up_award_origin
    check (application_id is not null or migrated_by_import_id is not null or previous_award_id is not null);
-- the import's look-up of each child's awards (no unique key: a merge of two children moves both their awards to
-- the one kept; two imports never run at once, each locking every budget row before it checks)
create index top_up_award_child on top_up_award (child_id, starts_on);

alter table data_import drop constraint data_import_kind_check;
alter table data_import add constraint data_import_kind_check
    check (kind in ('GIAS', 'CHILDREN', 'PLANS', 'SEN_SUPPORT', 'AWARDS'));
