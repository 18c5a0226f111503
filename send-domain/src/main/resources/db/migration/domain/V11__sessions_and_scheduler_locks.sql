-- More than one instance on one database (issue 24).
--
-- 1. Sessions in the database (Spring Session JDBC), so that any instance behind the load balancer serves a
--    signed-in user. The schema is the one shipped for PostgreSQL in spring-session-jdbc 4.1.1
--    (org/springframework/session/jdbc/schema-postgresql.sql); the application never creates it itself
--    (spring.session.jdbc.initialize-schema=never). Attributes are serialized Java objects (the security
--    context, the saved request, flash messages). Expired rows are deleted by a scheduled clean-up.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- 2. Scheduled work that must run once across instances (ShedLock 7.10.1, JDBC provider, PostgreSQL
--    schema from its documentation): an instance takes a job's row until lock_until, and the others skip
--    that run. Times are the database's (usingDbTime), in UTC, so instances' clocks need not agree.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
