-- f2-tables: Spring Modulith's event publication registry (spring-modulith-events-jdbc, schema v2). A cross-module
-- listener (@ApplicationModuleListener) gets a row when its event is published, inside the publisher's transaction;
-- the row is completed when the listener succeeds, and an incomplete one is published again at start-up, so a
-- listener's failure is retried, not lost. Created here, not by Modulith's schema initialisation (off by default).
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
