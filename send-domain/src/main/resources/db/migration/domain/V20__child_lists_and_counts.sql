-- Issue 24: the children lists and the per-footprint counts without a scan of every child per request.
set local statement_timeout = 0;

-- The lists' order (family name, given name, id: ChildDirectory.search), served by an index: across the
-- viewer's footprints, and within one footprint when the list is filtered to it.
create index child_list_name_idx on child (family_name, given_name, id);
create index child_footprint_name_idx on child (home_footprint_id, family_name, given_name, id);

-- Children per footprint, SEN provision and primary need ('' when none is recorded), kept by the database as
-- children are added, changed, merged into another record or removed, whoever writes them (the application, the demo data, a bulk load):
-- the commissioner's, panel's and caseworker's counts read these few rows instead of counting every child.
create table child_count (
    footprint_id  bigint     not null references footprint (id),
    sen_provision varchar(1) not null,
    primary_need  varchar(4) not null,
    children      bigint     not null,
    primary key (footprint_id, sen_provision, primary_need),
    constraint child_count_not_negative check (children >= 0)
);

create function child_count_follows() returns trigger language plpgsql as $$
begin
    -- a record merged into another (V14's merged_into_id) is counted no more: the record kept stands for the child
    if tg_op in ('UPDATE', 'DELETE') and old.merged_into_id is null then
        update child_count set children = children - 1
        where footprint_id = old.home_footprint_id and sen_provision = old.sen_provision
          and primary_need = coalesce(old.primary_need, '');
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.merged_into_id is null then
        insert into child_count (footprint_id, sen_provision, primary_need, children)
        values (new.home_footprint_id, new.sen_provision, coalesce(new.primary_need, ''), 1)
        on conflict (footprint_id, sen_provision, primary_need) do update set children = child_count.children + 1;
    end if;
    return null;
end $$;

create function child_count_emptied() returns trigger language plpgsql as $$
begin
    delete from child_count;
    return null;
end $$;

create trigger child_count_on_insert_or_delete after insert or delete on child
    for each row execute function child_count_follows();
create trigger child_count_on_update after update of home_footprint_id, sen_provision, primary_need, merged_into_id on child
    for each row when (old.home_footprint_id is distinct from new.home_footprint_id
                       or old.merged_into_id is distinct from new.merged_into_id
                       or old.sen_provision is distinct from new.sen_provision
                       or old.primary_need is distinct from new.primary_need)
    execute function child_count_follows();
create trigger child_count_on_truncate after truncate on child
    for each statement execute function child_count_emptied();

insert into child_count (footprint_id, sen_provision, primary_need, children)
select home_footprint_id, sen_provision, coalesce(primary_need, ''), count(*)
from child where merged_into_id is null group by home_footprint_id, sen_provision, coalesce(primary_need, '');
