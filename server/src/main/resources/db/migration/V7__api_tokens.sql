-- Bearer tokens for API clients (issue 6): an opaque random token, of which only its SHA-256 hash is stored.
create table api_token (
    token_hash  bytea        primary key check (length(token_hash) = 32),
    user_id     bigint       not null references app_user (id) on delete cascade,
    issued_at   timestamptz  not null,
    expires_at  timestamptz  not null,
    check (expires_at > issued_at)
);
create index api_token_user on api_token (user_id);
