-- Routines: what a therapist prescribes to one patient. A change never rewrites a routine: it adds a version that
-- takes effect on a chosen date, so whatever the patient logged stays tied to the version they followed.
create table routine (
    id          bigint generated always as identity primary key,
    -- no cascade: routines and the confirmations recorded on them outlive nothing by accident
    patient_id  bigint      not null references account (id),
    version     bigint      not null default 0,
    created_by  bigint      not null references account (id),
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create index routine_patient on routine (patient_id);

-- Schedules (here and in templates): either fixed weekdays (a bit mask, bit 0 = Monday ... bit 6 = Sunday)
-- or a number of days per week the patient picks, and how many times on each of those days.
create table routine_version (
    id             bigint generated always as identity primary key,
    routine_id     bigint       not null references routine (id) on delete cascade,
    number         integer      not null,
    effective_from date         not null,
    name           varchar(120) not null,
    end_date       date,
    weekdays       integer,
    days_per_week  integer,
    times_per_day  integer     not null,
    created_by     bigint       not null references account (id),
    created_at     timestamptz  not null,
    constraint routine_version_number_unique unique (routine_id, number),
    constraint routine_version_number_positive check (number >= 1),
    constraint routine_version_name_present check (length(btrim(name)) > 0),
    constraint routine_version_ends_after_start check (end_date is null or end_date >= effective_from),
    constraint routine_version_one_schedule check ((weekdays is null) <> (days_per_week is null)),
    constraint routine_version_weekdays_range check (weekdays between 1 and 127),
    constraint routine_version_days_per_week_range check (days_per_week between 1 and 7),
    constraint routine_version_times_per_day_range check (times_per_day between 1 and 6)
);

create table routine_item (
    id                  bigint generated always as identity primary key,
    routine_version_id  bigint       not null references routine_version (id) on delete cascade,
    position            integer      not null,
    exercise_id         bigint       not null references exercise (id),
    dosage_sets         integer,
    dosage_reps         integer,
    dosage_hold_seconds integer,
    dosage_side         varchar(20),
    dosage_minutes      integer,
    rest_seconds        integer,
    note                varchar(500),
    -- who prescribed an exercise the catalog says to avoid, and when they confirmed it
    avoid_confirmed_by  bigint references account (id),
    avoid_confirmed_at  timestamptz,
    constraint routine_item_position_unique unique (routine_version_id, position),
    constraint routine_item_exercise_once unique (routine_version_id, exercise_id),
    constraint routine_item_position_range check (position between 0 and 49),
    constraint routine_item_sets_range check (dosage_sets between 1 and 10),
    constraint routine_item_reps_range check (dosage_reps between 1 and 100),
    constraint routine_item_hold_range check (dosage_hold_seconds between 0 and 300),
    constraint routine_item_minutes_range check (dosage_minutes between 1 and 120),
    constraint routine_item_rest_range check (rest_seconds between 0 and 600),
    constraint routine_item_side_known check (dosage_side in ('LEFT', 'RIGHT', 'BOTH', 'ALTERNATING')),
    constraint routine_item_minutes_or_reps check (dosage_minutes is null or (dosage_reps is null and dosage_sets is null)),
    constraint routine_item_confirmation_complete check ((avoid_confirmed_by is null) = (avoid_confirmed_at is null))
);
create index routine_item_version on routine_item (routine_version_id);

-- Rules that need the catalog row: an exercise is dosed (minutes or repetitions), advice is not, and an exercise
-- to avoid is only prescribed with a recorded confirmation.
create function routine_item_check() returns trigger
language plpgsql as $$
declare
    item_kind   text;
    item_status text;
begin
    select kind, status into item_kind, item_status from exercise where id = new.exercise_id;
    if item_kind = 'EXERCISE' and new.dosage_minutes is null and new.dosage_reps is null then
        raise exception 'routine item %: an exercise needs minutes or repetitions', new.position
            using errcode = 'check_violation';
    end if;
    if item_kind = 'EDUCATION' and (new.dosage_sets is not null or new.dosage_reps is not null
            or new.dosage_hold_seconds is not null or new.dosage_minutes is not null) then
        raise exception 'routine item %: advice has no dosage', new.position using errcode = 'check_violation';
    end if;
    if item_status = 'AVOID' and new.avoid_confirmed_by is null then
        raise exception 'routine item %: an exercise to avoid needs a confirmation', new.position
            using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger routine_item_check before insert or update on routine_item
    for each row execute function routine_item_check();

-- Templates: a starting point for routines. Seeded ones are shared; the others belong to the therapist who saved them.
create table routine_template (
    id            bigint generated always as identity primary key,
    name          varchar(120) not null,
    description   varchar(500),
    weekdays      integer,
    days_per_week integer,
    times_per_day integer     not null,
    owner_id      bigint references account (id) on delete cascade,
    created_at    timestamptz  not null,
    constraint routine_template_name_present check (length(btrim(name)) > 0),
    constraint routine_template_one_schedule check ((weekdays is null) <> (days_per_week is null)),
    constraint routine_template_weekdays_range check (weekdays between 1 and 127),
    constraint routine_template_days_per_week_range check (days_per_week between 1 and 7),
    constraint routine_template_times_per_day_range check (times_per_day between 1 and 6)
);
-- a therapist's own template names are unique, and so are the shared ones
create unique index routine_template_name_unique on routine_template (coalesce(owner_id, 0), lower(name));

create table routine_template_item (
    template_id         bigint       not null references routine_template (id) on delete cascade,
    position            integer      not null,
    exercise_id         bigint       not null references exercise (id),
    dosage_sets         integer,
    dosage_reps         integer,
    dosage_hold_seconds integer,
    dosage_side         varchar(20),
    dosage_minutes      integer,
    rest_seconds        integer,
    note                varchar(500),
    primary key (template_id, position),
    constraint routine_template_item_exercise_once unique (template_id, exercise_id),
    constraint routine_template_item_position_range check (position between 0 and 49),
    constraint routine_template_item_sets_range check (dosage_sets between 1 and 10),
    constraint routine_template_item_reps_range check (dosage_reps between 1 and 100),
    constraint routine_template_item_hold_range check (dosage_hold_seconds between 0 and 300),
    constraint routine_template_item_minutes_range check (dosage_minutes between 1 and 120),
    constraint routine_template_item_rest_range check (rest_seconds between 0 and 600),
    constraint routine_template_item_side_known check (dosage_side in ('LEFT', 'RIGHT', 'BOTH', 'ALTERNATING')),
    constraint routine_template_item_minutes_or_reps
        check (dosage_minutes is null or (dosage_reps is null and dosage_sets is null))
);

-- The two shared starters, from the clinical notes; each item starts from the catalog's usual dosage (one set
-- where the catalog gives repetitions only).
create function pg_temp.add_template(p_name text, p_description text, p_exercises text[], p_notes text[])
    returns void
language plpgsql as $$
declare
    new_id bigint;
begin
    insert into routine_template (name, description, weekdays, times_per_day, created_at)
    values (p_name, p_description, 127, 1, now())
    returning id into new_id;
    insert into routine_template_item (template_id, position, exercise_id, dosage_sets, dosage_reps,
                                       dosage_hold_seconds, dosage_side, dosage_minutes, rest_seconds, note)
    select new_id, (row_number() over (order by t.ordinality) - 1)::integer, e.id,
           case when e.dosage_reps is null then null else coalesce(e.dosage_sets, 1) end, e.dosage_reps, e.dosage_hold_seconds,
           e.dosage_side, e.dosage_minutes, case when e.dosage_reps is null then null else 30 end,
           nullif(p_notes[t.ordinality], '')
    from unnest(p_exercises) with ordinality as t(exercise_name, ordinality)
    join exercise e on e.name = t.exercise_name and e.seeded;
end;
$$;

select pg_temp.add_template('Neck pain starter',
    'Gentle daily neck mobility with an upper-back stretch, heat and posture advice.',
    array['Neck tilt', 'Side-to-side neck tilt', 'Chair twist', 'Heat for neck and back',
          'Posture and sleeping position', 'When not to exercise'],
    array['Slow and small; stop if your neck hurts.', '', '', '', '', '']);

select pg_temp.add_template('Low back and core starter',
    'Spine mobility, hamstring stretch, core work that spares the back, and a daily walk.',
    array['Rounded back (cat-cow)', 'Supine hamstring stretch', 'Core leg press', 'Half crunch', 'Walking',
          'Rest wisely'],
    array['', '', 'Keep breathing while you brace.', 'Only lift your shoulders a little.', 'At an easy pace.', '']);
