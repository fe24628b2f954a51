-- Failed sign-ins, kept in the database so that the limits hold across several application nodes. Each failure is
-- counted against what was attacked (an account, or a name no account has) and against the client address.
create table sign_in_failure (
    id        bigint generated always as identity primary key,
    subject   text        not null check (subject ~ '^(account|login|address):'),
    failed_at timestamptz not null
);

create index sign_in_failure_subject_time on sign_in_failure (subject, failed_at);
