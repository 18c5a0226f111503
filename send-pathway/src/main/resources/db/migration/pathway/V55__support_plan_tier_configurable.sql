-- Tiers of SEN Support become configuration (ADR 6, issue 18): the 2026 Schools White Paper's tiers (targeted,
-- targeted plus, ...) are proposals, not law, so a plan carries a tier only while the council has switched tiers on
-- (send.support.tiers[n].in-force). The tier is therefore optional, and its code is whatever the council configures
-- (capital letters, digits and _, as SupportTier checks), no longer a fixed list. Plans already written keep theirs.
alter table support_plan alter column tier drop not null;
alter table support_plan drop constraint support_plan_tier_check;
alter table support_plan add constraint support_plan_tier_code check (tier is null or tier ~ '^[A-Z][A-Z0-9_]{0,19}$');
