-- "Forgot password" links, asked for on the sign-in page and sent to the account's e-mail address. Like activation
-- links, only a SHA-256 hash of the token is kept; a link works once, for 30 minutes, and asking again replaces it.
create table password_reset_link (
    id          bigint generated always as identity primary key,
    account_id  bigint      not null references account (id),
    token_hash  varchar(64) not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    revoked_at  timestamptz,
    constraint password_reset_link_token_hash_format check (token_hash ~ '^[0-9a-f]{64}$'),
    constraint password_reset_link_expires_after_creation check (expires_at > created_at),
    constraint password_reset_link_used_or_revoked_once check (used_at is null or revoked_at is null)
);
create unique index password_reset_link_token_hash_unique on password_reset_link (token_hash);
create unique index password_reset_link_one_open_per_account on password_reset_link (account_id)
    where used_at is null and revoked_at is null;

-- Requests for such links are counted like sign-in attempts, under subjects of their own, to limit them per name and
-- per address.
alter table sign_in_failure drop constraint sign_in_failure_subject_check;
alter table sign_in_failure add constraint sign_in_failure_subject_known
    check (subject ~ '^(reset-)?(account|login|address):');
