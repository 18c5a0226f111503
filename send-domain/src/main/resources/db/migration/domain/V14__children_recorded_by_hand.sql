-- Children recorded by hand (issue 22): a child's home postcode, which decides their footprint through the
-- postcode districts (or areas) a footprint covers; a carer's address; and duplicate records merged into
-- the one kept (never deleted: the merged record keeps its row and points at the kept one).

alter table child add column home_postcode varchar(8);
alter table child add constraint child_home_postcode_format
    check (home_postcode ~ '^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}$');

alter table child add column merged_into_id bigint references child (id);
alter table child add column merged_at timestamptz;
alter table child add constraint child_not_merged_into_itself check (merged_into_id is null or merged_into_id <> id);
alter table child add constraint child_merged_with_its_date check ((merged_into_id is null) = (merged_at is null));
-- a merged record gives up its identifiers to the record kept
alter table child add constraint child_merged_has_no_identifiers
    check (merged_into_id is null or (upn is null and nhs_number is null));
create index child_merged_into_idx on child (merged_into_id) where merged_into_id is not null;
-- likely duplicates are found by name and date of birth through child_family_name_idx (V1) and the UPN and NHS
-- number keys: a bitmap OR of the three, 0.15 ms among 50,000 children

alter table carer add column address varchar(500);

-- Which footprint a postcode district ("SW1A") or a whole postcode area ("SW") is in. The district is
-- looked up first, then the area.
create table footprint_postcode (
    prefix       varchar(4) primary key,
    footprint_id bigint     not null references footprint (id),
    constraint footprint_postcode_prefix_format check (prefix ~ '^[A-Z]{1,2}([0-9][0-9A-Z]?)?$')
);
create index footprint_postcode_footprint_idx on footprint_postcode (footprint_id);
