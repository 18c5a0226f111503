-- Whether a setting is in the council's own area (issue 20, "% educated in the area"): a neighbouring council's
-- school or an independent school beyond the boundary is out of area. Every setting recorded so far is taken to be
-- in the area until an administrator says otherwise; the KPI divides active plans whose placement is in the area by
-- active plans with a placement.
alter table setting add column in_area boolean not null default true;
