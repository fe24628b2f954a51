-- The clinic's contact details, set by an admin (one row; none until then): shown where a patient may need to call,
-- beside the Messages page's "not for emergencies" and on the red-flag screen.
create table clinic_profile (
    id            boolean      primary key default true,
    name          varchar(100) not null,
    phone         varchar(40),
    email         varchar(254),
    opening_hours varchar(300),
    updated_by    bigint       not null references account (id),
    updated_at    timestamptz  not null,
    constraint clinic_profile_single check (id),
    constraint clinic_profile_name_present check (length(btrim(name)) > 0),
    constraint clinic_profile_phone_format check (phone ~ '^[0-9+() ./-]{3,40}$'),
    constraint clinic_profile_email_format check (email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$')
);
