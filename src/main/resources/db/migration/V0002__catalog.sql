-- The exercise catalog: seeded guidance (read-only except for admins) and the clinic's own exercises.
create table exercise (
    id                 bigint generated always as identity primary key,
    version            bigint        not null default 0,
    name               varchar(120)  not null,
    summary            varchar(500)  not null,
    kind               varchar(20)   not null,
    category           varchar(30)   not null,
    position           varchar(20)   not null,
    status             varchar(20)   not null,
    status_reason      varchar(1000),
    alternative_id     bigint references exercise (id),
    cautions           varchar(2000),
    stop_if            varchar(1000),
    dosage_sets        integer,
    dosage_reps        integer,
    dosage_hold_seconds integer,
    dosage_side        varchar(20),
    dosage_minutes     integer,
    attribution        varchar(500),
    seeded             boolean       not null default false,
    created_by         bigint references account (id),
    created_at         timestamptz   not null,
    retired_at         timestamptz,
    constraint exercise_name_present check (length(btrim(name)) > 0),
    constraint exercise_summary_present check (length(btrim(summary)) > 0),
    constraint exercise_kind_known check (kind in ('EXERCISE', 'EDUCATION')),
    constraint exercise_category_known check (category in
        ('MOBILITY', 'STRETCH', 'STRENGTHENING', 'CORE_STABILITY', 'AEROBIC', 'SELF_CARE')),
    constraint exercise_position_known check (position in ('SEATED', 'STANDING', 'ALL_FOURS', 'LYING', 'ANY')),
    constraint exercise_status_known check (status in ('RECOMMENDED', 'CAUTION', 'AVOID')),
    -- a caution or an "avoid" always says why; an "avoid" always names its safer alternative
    constraint exercise_status_has_reason check (status = 'RECOMMENDED' or coalesce(length(btrim(status_reason)), 0) > 0),
    constraint exercise_avoid_has_alternative check ((status = 'AVOID') = (alternative_id is not null)),
    constraint exercise_alternative_not_itself check (alternative_id <> id),
    constraint exercise_sets_range check (dosage_sets between 1 and 10),
    constraint exercise_reps_range check (dosage_reps between 1 and 100),
    constraint exercise_hold_range check (dosage_hold_seconds between 0 and 300),
    constraint exercise_minutes_range check (dosage_minutes between 1 and 120),
    constraint exercise_side_known check (dosage_side in ('LEFT', 'RIGHT', 'BOTH', 'ALTERNATING')),
    -- time-based items are dosed in minutes, the others in repetitions
    constraint exercise_minutes_or_reps check (dosage_minutes is null or (dosage_reps is null and dosage_sets is null)),
    constraint exercise_education_undosed check (kind = 'EXERCISE' or (dosage_sets is null and dosage_reps is null
        and dosage_hold_seconds is null and dosage_side is null and dosage_minutes is null)),
    constraint exercise_seeded_are_attributed check (not seeded or coalesce(length(btrim(attribution)), 0) > 0)
);

create unique index exercise_name_unique on exercise (lower(name));

create table exercise_step (
    exercise_id bigint       not null references exercise (id) on delete cascade,
    position    integer     not null,
    text        varchar(500) not null,
    primary key (exercise_id, position),
    constraint exercise_step_position_range check (position between 0 and 29),
    constraint exercise_step_text_present check (length(btrim(text)) > 0)
);

create table exercise_region (
    exercise_id bigint      not null references exercise (id) on delete cascade,
    region      varchar(30) not null,
    primary key (exercise_id, region),
    constraint exercise_region_known check (region in ('NECK', 'UPPER_BACK', 'MID_BACK', 'LOWER_BACK', 'CORE',
        'HIPS_AND_GLUTES', 'HAMSTRINGS', 'SHOULDERS', 'WHOLE_BODY'))
);
create index exercise_region_by_region on exercise_region (region);

create table exercise_equipment (
    exercise_id bigint      not null references exercise (id) on delete cascade,
    equipment   varchar(30) not null,
    primary key (exercise_id, equipment),
    constraint exercise_equipment_known check (equipment in ('CHAIR', 'MAT', 'DUMBBELLS', 'FOAM_ROLLER',
        'RESISTANCE_BAND', 'TOWEL', 'HEAT_PAD', 'PILLOW'))
);
create index exercise_equipment_by_equipment on exercise_equipment (equipment);

-- At most one picture per exercise, kept apart so lists never load the bytes.
create table exercise_image (
    exercise_id  bigint primary key references exercise (id) on delete cascade,
    content_type varchar(20) not null,
    data         bytea       not null,
    constraint exercise_image_type_known check (content_type in ('image/png', 'image/jpeg', 'image/webp')),
    constraint exercise_image_size_limit check (octet_length(data) between 1 and 2097152)
);
