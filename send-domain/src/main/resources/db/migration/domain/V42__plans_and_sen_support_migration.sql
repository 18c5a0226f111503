-- Issue 22, data in: the caseload migration also brings EHC plans and SEN Support (each a file of its own, checked
-- whole, written in one transaction by the module that owns the tables), so an upload may be of either kind.
alter table data_import drop constraint data_import_kind_check;
alter table data_import add constraint data_import_kind_check
    check (kind in ('GIAS', 'CHILDREN', 'PLANS', 'SEN_SUPPORT'));
