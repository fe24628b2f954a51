-- Which exercises of a patient have a progression suggestion (a step up or down), kept with the patient's roll-up so
-- that the dashboard can show how many without working them out for every patient. The suggestions themselves are
-- worked out again when the therapist opens the patient's progress.
create table progression_suggestion (
    patient_id  bigint      not null references account (id),
    exercise_id bigint      not null references exercise (id),
    direction   varchar(4)  not null,
    primary key (patient_id, exercise_id),
    constraint progression_suggestion_direction_known check (direction in ('UP', 'DOWN'))
);
