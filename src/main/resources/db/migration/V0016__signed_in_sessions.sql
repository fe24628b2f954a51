-- Each signed-in session, so that its user can see where they are signed in and end the others, and so that ending
-- a session (by its user, a deactivation, a password reset) holds on every application node.
create table signed_in_session (
    id           bigint generated always as identity primary key,
    account_id   bigint       not null references account (id),
    -- a random key kept in the HTTP session; the session id itself changes at sign-in
    session_key  varchar(36)  not null,
    device       varchar(100) not null,
    address      varchar(45),
    signed_in_at timestamptz  not null,
    last_used_at timestamptz  not null,
    ended_at     timestamptz,
    constraint signed_in_session_key_unique unique (session_key),
    constraint signed_in_session_used_after_sign_in check (last_used_at >= signed_in_at)
);
create index signed_in_session_open on signed_in_session (account_id) where ended_at is null;
