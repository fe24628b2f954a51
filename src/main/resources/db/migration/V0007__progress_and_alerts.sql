-- Progress: one row per patient and day with what was due and done, kept up to date whenever the patient records
-- something and by the nightly job for days that passed without a record. Dashboards read these rows, never the logs.
create table adherence_day (
    patient_id  bigint        not null references account (id),
    day         date          not null,
    -- scheduled occurrences and completed ones (partly done counts its share of sets), see Adherence
    scheduled   integer       not null,
    completed   numeric(7, 2) not null,
    -- the day's first "before" score and last "after" score
    pain_before integer,
    pain_after  integer,
    -- anything recorded that day
    active      boolean       not null,
    red_flag    boolean       not null,
    updated_at  timestamptz   not null,
    primary key (patient_id, day),
    constraint adherence_day_scheduled_range check (scheduled >= 0),
    constraint adherence_day_completed_range check (completed >= 0 and completed <= scheduled),
    constraint adherence_day_pain_before_nrs check (pain_before between 0 and 10),
    constraint adherence_day_pain_after_nrs check (pain_after between 0 and 10)
);
-- The dashboard reads 30 days of each patient from the index alone; the last active day likewise.
create index adherence_day_figures on adherence_day (patient_id, day)
    include (scheduled, completed, pain_after, active);

-- Alerts: more conditions, an episode key so that a condition the therapist resolved is not raised again for the
-- same episode, and acknowledgment. Resolved alerts stay as history.
alter table patient_alert drop constraint patient_alert_kind_known;
alter table patient_alert add constraint patient_alert_kind_known
    check (kind in ('RED_FLAG', 'PAIN_STOP', 'PAIN_TREND', 'MISSED_DAYS', 'NO_ACTIVITY'));
alter table patient_alert add column episode date;
update patient_alert set episode = day;
alter table patient_alert alter column episode set not null;
alter table patient_alert add constraint patient_alert_episode_once unique (patient_id, kind, episode);
alter table patient_alert add column acknowledged_by bigint references account (id);
alter table patient_alert add column acknowledged_at timestamptz;
alter table patient_alert add constraint patient_alert_acknowledged_fully
    check ((acknowledged_at is null) = (acknowledged_by is null));
alter table patient_alert add constraint patient_alert_resolved_with_note
    check (resolved_at is null or length(btrim(resolution_note)) > 0);
create index patient_alert_open on patient_alert (patient_id) where resolved_at is null;

-- ShedLock's lock table: a scheduled job runs on one application instance at a time.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
