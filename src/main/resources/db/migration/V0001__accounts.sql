-- Everyone who can sign in. A patient always has exactly one responsible therapist.
create table account (
    id              bigint generated always as identity primary key,
    version         bigint       not null default 0,
    username        varchar(50)  not null,
    email           varchar(254) not null,
    display_name    varchar(100) not null,
    password_hash   varchar(255) not null,
    role            varchar(20)  not null,
    therapist_id    bigint,
    -- lets the foreign key below demand that the referenced account is a therapist
    therapist_role  varchar(20) generated always as (case when therapist_id is not null then 'THERAPIST' end) stored,
    enabled         boolean      not null default true,
    created_at      timestamptz  not null,
    last_login_at   timestamptz,
    constraint account_username_format check (username ~ '^[a-z0-9._-]{3,50}$'),
    constraint account_email_format check (email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
    constraint account_display_name_present check (length(btrim(display_name)) > 0),
    constraint account_role_known check (role in ('ADMIN', 'THERAPIST', 'PATIENT')),
    constraint account_only_patients_have_a_therapist check ((role = 'PATIENT') = (therapist_id is not null)),
    constraint account_id_role_unique unique (id, role),
    constraint account_therapist_is_a_therapist foreign key (therapist_id, therapist_role) references account (id, role)
);

create unique index account_username_unique on account (username);
create unique index account_email_unique on account (lower(email));
create index account_therapist_idx on account (therapist_id) where therapist_id is not null;
