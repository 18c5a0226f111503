-- The family's say (issue 16). A parent or young person answers a draft plan online, section by section: the
-- comments on each section are kept beside the case's draft response, and the case says it came online.
alter table needs_assessment add column draft_response_online boolean not null default false;

create table draft_response_comment (
    assessment_id bigint        not null references needs_assessment (id),
    section       varchar(2)    not null,
    comment       varchar(2000) not null,
    primary key (assessment_id, section),
    -- the sections of a draft the family can comment on: every one but I, which a draft leaves empty (s.38(5))
    constraint draft_response_comment_section_check check (section in
        ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'J', 'K'))
);

-- Section A, "about me": the child's own views and their parents' views, written by the family before the
-- assessment (and at each review), for the caseworker to draw on. One of each per child, replaced when rewritten.
create table about_me (
    child_id    bigint        not null references child (id),
    whose       varchar(10)   not null,
    views       varchar(4000) not null,
    written_on  date          not null,
    written_by  bigint        not null references app_user (id),
    primary key (child_id, whose),
    constraint about_me_whose_check check (whose in ('CHILD', 'FAMILY'))
);
