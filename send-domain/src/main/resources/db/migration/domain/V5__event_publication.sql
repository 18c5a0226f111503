-- Spring Modulith's event publication registry (schema v2 for PostgreSQL, as shipped in
-- spring-modulith-events-jdbc 2.1.1). An event published inside a transaction is written here with one
-- row per listener that must follow it, in the same transaction; the row is completed when that listener
-- has run after the commit. A listener that fails leaves its row incomplete, to be resubmitted, so no
-- event between modules is lost.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
