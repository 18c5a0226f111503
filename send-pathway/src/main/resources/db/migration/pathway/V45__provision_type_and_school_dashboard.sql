-- SEN Support, issue 18 continued: the SENCO's dashboard and the school's costed provision map.
--
-- The map totals hours and cost by the type of provision, so each item of provision says which type it is. Items
-- recorded before this migration have no type: the map shows them as "type not recorded" rather than guess one,
-- and the SENCO's form requires a type from now on.
alter table support_plan_provision
    add column provision_type varchar(20),
    add constraint support_plan_provision_type_check check (provision_type is null or provision_type in
        ('IN_CLASS_SUPPORT', 'SMALL_GROUP', 'ONE_TO_ONE', 'SPECIALIST', 'EQUIPMENT', 'OTHER'));

-- The dashboard's "not moved in two cycles" reads a record's last two reviews (reviewed cycles by record, newest
-- first); the map reads every record a school ever made, closed ones too (pupils who have left still cost what
-- they cost while they were there), which the open-records index does not cover.
create index support_plan_record_reviewed_idx on support_plan (record_id, cycle desc) where status = 'REVIEWED';
create index sen_support_record_setting_all_idx on sen_support_record (setting_id);
