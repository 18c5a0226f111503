-- The Local Offer, continued (issue 21):
--   offer_page          the council's own pages, edited by the Local Offer's editors: the short breaks statement
--                       (Breaks for Carers of Disabled Children Regulations 2011, reg 4) and personal budgets
--                       explained (SEND Regulations 2014, Schedule 2). Plain text with paragraphs and headings.
--   offer_page_version  every version of each, as published (append-only)
--   offer_comment.outcome  the outcomes framework statement a moderator tags a comment with, so that
--                          commissioners see feedback by outcome and footprint

create table offer_page (
    page       varchar(30)    primary key,
    title      varchar(200)   not null,
    body       varchar(20000) not null,
    version    integer        not null default 0,
    changed_by varchar(254),
    changed_at timestamptz,
    constraint offer_page_page_check check (page in ('SHORT_BREAKS', 'PERSONAL_BUDGETS'))
);

create table offer_page_version (
    page       varchar(30)    not null references offer_page (page),
    version    integer        not null,
    title      varchar(200)   not null,
    body       varchar(20000) not null,
    changed_by varchar(254)   not null,
    changed_at timestamptz    not null,
    primary key (page, version)
);

create function offer_page_version_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'offer_page_version is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger offer_page_version_no_update_or_delete
    before update or delete on offer_page_version
    for each row execute function offer_page_version_is_append_only();

-- the starting text, for the council to replace with its own (version 0: not yet edited)
insert into offer_page (page, title, body) values
('SHORT_BREAKS', 'Short breaks statement',
 'Short breaks give disabled children and young people time to enjoy themselves away from their families, and give their parents and carers a break from caring.' || chr(10) || chr(10) ||
 '## What short breaks there are' || chr(10) ||
 'Short breaks range from after-school and holiday clubs open to every child, to breaks arranged after an assessment of a family''s needs, during the day, in the evening, at weekends and overnight.' || chr(10) || chr(10) ||
 '## Who can have them' || chr(10) ||
 'Children and young people up to 18 with a disability, and their families. Many clubs need no referral. Other breaks follow an assessment by the children with disabilities team.' || chr(10) || chr(10) ||
 '## How to get a short break' || chr(10) ||
 'Search the Local Offer for short breaks, or ask the council''s SEND information, advice and support service.' || chr(10) || chr(10) ||
 '## How we review this statement' || chr(10) ||
 'We review this statement every year with parents and carers. Tell us what you think with a comment on the Local Offer.'),
('PERSONAL_BUDGETS', 'Personal budgets explained',
 'A personal budget is an amount of money identified by the council to deliver provision set out in an education, health and care (EHC) plan, where the parent or young person is involved in securing that provision.' || chr(10) || chr(10) ||
 '## Who can ask for one' || chr(10) ||
 'A parent of a child, or a young person, can ask for a personal budget when the council has decided to draw up an EHC plan, or during a review of a plan.' || chr(10) || chr(10) ||
 '## How it can be paid' || chr(10) ||
 'As a direct payment to you, as an arrangement where the council or a setting holds the money and commissions the support you choose, as a payment to a third party, or as a mix of these.' || chr(10) || chr(10) ||
 '## What it can be used for' || chr(10) ||
 'Education, health and social care provision named in the plan, agreed with you. Your caseworker will explain what is available locally.');

alter table offer_comment add column outcome varchar(30);
alter table offer_comment add constraint offer_comment_outcome_check check (outcome in ('I_AM_HEARD', 'I_AM_INCLUDED',
    'MY_FAMILY_IS_SUPPORTED', 'I_AM_HEALTHY', 'I_AM_AMBITIOUS', 'I_AM_EMOTIONALLY_WELL', 'I_AM_SAFE'));
create index offer_comment_outcome_idx on offer_comment (outcome) where status = 'PUBLISHED';
