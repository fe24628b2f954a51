-- Invited patients: an account exists but cannot sign in until the patient opens the activation link.
alter table account add column activated_at timestamptz;
update account set activated_at = created_at;

-- One-time activation links. Only a SHA-256 hash of the token is kept; a link works once, for 7 days.
create table invitation (
    id          bigint generated always as identity primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    token_hash  varchar(64) not null,
    created_by  bigint      not null references account (id),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    revoked_at  timestamptz,
    constraint invitation_token_hash_format check (token_hash ~ '^[0-9a-f]{64}$'),
    constraint invitation_expires_after_creation check (expires_at > created_at),
    constraint invitation_used_or_revoked_once check (used_at is null or revoked_at is null)
);
create unique index invitation_token_hash_unique on invitation (token_hash);
-- at most one open link per account
create unique index invitation_one_open_per_account on invitation (account_id)
    where used_at is null and revoked_at is null;

-- What the therapist notes at intake.
create table patient_profile (
    account_id       bigint primary key references account (id) on delete cascade,
    version          bigint        not null default 0,
    date_of_birth    date,
    complaint_region varchar(10)   not null,
    clinical_notes   varchar(4000),
    intake_red_flags varchar(2000),
    constraint patient_profile_region_known check (complaint_region in ('NECK', 'BACK', 'BOTH', 'OTHER')),
    constraint patient_profile_birth_plausible check (date_of_birth is null or date_of_birth > date '1900-01-01')
);
