-- Two-step sign-in: an authenticator app's shared secret per account, and one-time recovery codes for a lost phone.
create table two_step (
    account_id  bigint primary key references account (id),
    -- 160 random bits as Base32, what authenticator apps are given
    secret      varchar(32) not null,
    enrolled_at timestamptz not null,
    -- the last 30-second step whose code signed in: each code works once
    last_step   bigint,
    constraint two_step_secret_base32 check (secret ~ '^[A-Z2-7]{32}$')
);

create table recovery_code (
    id         bigint generated always as identity primary key,
    account_id bigint      not null references account (id),
    -- SHA-256 of the code: the codes themselves are shown once and never stored
    code_hash  varchar(64) not null,
    used_at    timestamptz,
    constraint recovery_code_hash_format check (code_hash ~ '^[0-9a-f]{64}$'),
    constraint recovery_code_once unique (account_id, code_hash)
);
