-- The patient's day: a red-flag check-in, sessions (pain before and after, a note) and one log per prescribed
-- exercise per session. Rows are written by upserts on their natural keys, so a resend or a second tab never makes
-- a second row. Every row keeps who wrote it and when; a log points at a routine item, so at its routine version.

-- Asked before the first exercise of a day; a "yes" to either question blocks that day's routine. Answers can only
-- turn from "no" to "yes" during the day (new symptoms), never back.
create table check_in (
    id               bigint generated always as identity primary key,
    patient_id       bigint      not null references account (id),
    day              date        not null,
    severe_neck_pain boolean     not null,
    arm_symptoms     boolean     not null,
    answered_by      bigint      not null references account (id),
    answered_at      timestamptz not null,
    constraint check_in_once_a_day unique (patient_id, day)
);

-- One session per round of the day (a routine may be prescribed up to six times a day).
create table exercise_session (
    id          bigint generated always as identity primary key,
    patient_id  bigint      not null references account (id),
    day         date        not null,
    round       integer     not null,
    pain_before integer,
    pain_after  integer,
    note        varchar(1000),
    recorded_by bigint      not null references account (id),
    recorded_at timestamptz not null,
    constraint exercise_session_once unique (patient_id, day, round),
    constraint exercise_session_round_range check (round between 1 and 6),
    constraint exercise_session_pain_before_nrs check (pain_before between 0 and 10),
    constraint exercise_session_pain_after_nrs check (pain_after between 0 and 10)
);

create table exercise_log (
    id              bigint generated always as identity primary key,
    session_id      bigint      not null references exercise_session (id),
    routine_item_id bigint      not null references routine_item (id),
    status          varchar(10),
    sets_done       integer,
    skip_reason     varchar(10),
    pain            integer,
    difficulty      varchar(10),
    -- the stop rule fired: pain 7 or more, or 3 or more above the session's "before" score
    pain_flag       boolean     not null default false,
    recorded_by     bigint      not null references account (id),
    recorded_at     timestamptz not null,
    constraint exercise_log_once unique (session_id, routine_item_id),
    constraint exercise_log_status_known check (status in ('DONE', 'PARTLY', 'SKIPPED')),
    constraint exercise_log_sets_only_when_partly check ((status = 'PARTLY') = (sets_done is not null)),
    constraint exercise_log_sets_range check (sets_done between 1 and 9),
    constraint exercise_log_reason_only_when_skipped check ((status = 'SKIPPED') = (skip_reason is not null)),
    constraint exercise_log_reason_known check (skip_reason in ('PAIN', 'NO_TIME', 'UNSURE', 'OTHER')),
    constraint exercise_log_pain_nrs check (pain between 0 and 10),
    constraint exercise_log_difficulty_known check (difficulty in ('EASY', 'RIGHT', 'HARD')),
    constraint exercise_log_something_recorded check (status is not null or pain is not null or difficulty is not null)
);
create index exercise_log_item on exercise_log (routine_item_id);

-- A log belongs to an exercise of the session patient's own routine, in a round the routine has that day, never
-- on a day blocked by a red flag; and "partly done" means fewer sets than prescribed.
create function exercise_log_check() returns trigger
language plpgsql as $$
declare
    session_patient bigint;
    session_day     date;
    session_round   integer;
    routine_patient bigint;
    prescribed_sets integer;
    rounds          integer;
begin
    select patient_id, day, round into session_patient, session_day, session_round
    from exercise_session where id = new.session_id;
    select r.patient_id, i.dosage_sets, v.times_per_day into routine_patient, prescribed_sets, rounds
    from routine_item i
    join routine_version v on v.id = i.routine_version_id
    join routine r on r.id = v.routine_id
    where i.id = new.routine_item_id;
    if session_patient is distinct from routine_patient then
        raise exception 'exercise log: routine item % is not in this patient''s routines', new.routine_item_id
            using errcode = 'check_violation';
    end if;
    if session_round > rounds then
        raise exception 'exercise log: the routine is done % times a day, not %', rounds, session_round
            using errcode = 'check_violation';
    end if;
    if exists (select 1 from check_in c where c.patient_id = session_patient and c.day = session_day
               and (c.severe_neck_pain or c.arm_symptoms)) then
        raise exception 'exercise log: % is blocked by a red flag', session_day using errcode = 'check_violation';
    end if;
    if new.status = 'PARTLY' and (prescribed_sets is null or new.sets_done >= prescribed_sets) then
        raise exception 'exercise log: partly done needs fewer sets than the % prescribed', prescribed_sets
            using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger exercise_log_check before insert or update on exercise_log
    for each row execute function exercise_log_check();

-- What the therapist must look at. At most one open alert per patient and kind: while one is open, the same
-- condition counts again on it (with its latest day and detail); once it is resolved, it can raise a new one.
create table patient_alert (
    id              bigint generated always as identity primary key,
    patient_id      bigint        not null references account (id),
    kind            varchar(20)   not null,
    day             date          not null,
    detail          varchar(300),
    raised_at       timestamptz   not null,
    times           integer       not null default 1,
    resolved_by     bigint references account (id),
    resolved_at     timestamptz,
    resolution_note varchar(1000),
    constraint patient_alert_kind_known check (kind in ('RED_FLAG', 'PAIN_STOP')),
    constraint patient_alert_times_positive check (times >= 1),
    constraint patient_alert_resolved_fully check ((resolved_at is null) = (resolved_by is null))
);
create unique index patient_alert_one_open on patient_alert (patient_id, kind) where resolved_at is null;
