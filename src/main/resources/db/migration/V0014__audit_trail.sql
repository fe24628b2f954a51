-- The audit trail: who did what to whose record, when and from where. Append-only: a trigger refuses every update,
-- delete and truncate, and each row's hash covers its content and the previous row's hash, so that a row changed or
-- removed behind the application's back (by someone able to switch the trigger off) no longer matches. The chain
-- does not stop whoever owns the table from rewriting all of it; each check keeps the last row's hash (and the
-- application logs it), so a rewrite or removal of rows checked before shows.
create table audit_event (
    -- numbered by the chaining trigger in the order the rows are chained, without gaps
    id            bigint primary key,
    occurred_at   timestamptz not null,
    -- null: nobody signed in (a failed sign-in) or the system (scheduled work, then actor_role is SYSTEM)
    actor_id      bigint references account (id),
    actor_role    varchar(10) not null,
    action        varchar(30) not null,
    patient_id    bigint references account (id),
    address       varchar(45),
    detail        varchar(300),
    previous_hash bytea       not null,
    hash          bytea       not null,
    constraint audit_event_role_known check (actor_role in ('PATIENT', 'THERAPIST', 'ADMIN', 'SYSTEM', 'NOBODY')),
    constraint audit_event_action_format check (action ~ '^[A-Z_]+$'),
    constraint audit_event_hash_size check (length(hash) = 32)
);

-- the two lookups: a patient's record ("who opened my record"), and what one person did
create index audit_event_patient on audit_event (patient_id, id) where patient_id is not null;
create index audit_event_actor on audit_event (actor_id, id) where actor_id is not null;
create index audit_event_time on audit_event (occurred_at);

-- What the hash covers. The time goes in as seconds since the epoch, so the text is the same in every time zone.
create function audit_event_content(e audit_event) returns bytea
    language sql stable
    return convert_to(jsonb_build_array(e.id, extract(epoch from e.occurred_at), e.actor_id, e.actor_role, e.action,
                                        e.patient_id, e.address, e.detail)::text, 'UTF8');

-- One writer at a time appends (a transaction-scoped lock, held until it commits), so each row is chained to the row
-- committed before it.
create function audit_event_chain() returns trigger
    language plpgsql as
$$
declare
    last audit_event%rowtype;
begin
    perform pg_advisory_xact_lock(7238140021);
    select * into last from audit_event order by id desc limit 1;
    new.id := coalesce(last.id, 0) + 1;
    new.previous_hash := coalesce(last.hash, ''::bytea);
    new.hash := sha256(new.previous_hash || audit_event_content(new));
    return new;
end
$$;

create trigger audit_event_chain
    before insert on audit_event
    for each row execute function audit_event_chain();

create function refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function refuse_change();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function refuse_change();

-- The first row whose hash or link does not match, or none; the first row must be number 1. Reads the whole table in
-- order: the nightly check.
create function audit_chain_first_break() returns bigint
    language sql stable
    return (select id
            from (select e.id,
                         e.hash,
                         e.previous_hash,
                         sha256(e.previous_hash || audit_event_content(e)) as expected,
                         lag(e.id) over (order by e.id)                    as before_id,
                         lag(e.hash) over (order by e.id)                  as before_hash
                  from audit_event e) chained
            where hash <> expected
               or (before_id is null and (id <> 1 or previous_hash <> ''::bytea))
               or (before_id is not null and (id <> before_id + 1 or previous_hash <> before_hash))
            order by id
            limit 1);

-- Each check of the chain, so that admins see when it last held, or where it broke; with the last row's hash then,
-- which later checks compare (rows removed from the end, or the chain rewritten, since an earlier check).
create table audit_check (
    id          bigint generated always as identity primary key,
    checked_at  timestamptz not null,
    last_id     bigint,
    last_hash   bytea,
    first_break bigint
);

-- Rows that are overwritten in place (the intake, the day's records) keep what they said before, in the same
-- transaction; the audit trail says who changed them and when.
create table change_history (
    id          bigint generated always as identity primary key,
    table_name  varchar(30) not null,
    row_key     bigint      not null,
    replaced_at timestamptz not null default now(),
    previous    jsonb       not null
);
create index change_history_row on change_history (table_name, row_key, id);

create function keep_previous_row() returns trigger
    language plpgsql as
$$
begin
    if to_jsonb(old) is distinct from to_jsonb(new) then
        insert into change_history (table_name, row_key, previous)
        values (tg_table_name, (to_jsonb(old) ->> tg_argv[0])::bigint, to_jsonb(old));
    end if;
    return new;
end
$$;

create trigger patient_profile_history
    after update on patient_profile
    for each row execute function keep_previous_row('account_id');
create trigger exercise_log_history
    after update on exercise_log
    for each row execute function keep_previous_row('id');
create trigger exercise_session_history
    after update on exercise_session
    for each row execute function keep_previous_row('id');

create trigger change_history_append_only
    before update or delete on change_history
    for each row execute function refuse_change();
create trigger change_history_no_truncate
    before truncate on change_history
    for each statement execute function refuse_change();
create trigger audit_check_append_only
    before update or delete on audit_check
    for each row execute function refuse_change();
create trigger audit_check_no_truncate
    before truncate on audit_check
    for each statement execute function refuse_change();
