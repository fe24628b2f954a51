-- "Partly done" for every kind of exercise, not only for several sets: 3 of 5 repetitions, 10 of 20 minutes, 20 of a
-- 30-second hold. The log keeps how much was done and in which unit; adherence counts the share of the prescribed
-- amount in that unit. The logs so far were all in sets.
alter table exercise_log rename column sets_done to part_done;
alter table exercise_log add column part_unit varchar(10);
update exercise_log set part_unit = 'SETS' where part_done is not null;

alter table exercise_log drop constraint exercise_log_sets_only_when_partly;
alter table exercise_log drop constraint exercise_log_sets_range;
alter table exercise_log add constraint exercise_log_part_only_when_partly
    check ((status = 'PARTLY') = (part_done is not null) and (part_done is null) = (part_unit is null));
alter table exercise_log add constraint exercise_log_part_unit_known
    check (part_unit in ('SETS', 'REPS', 'MINUTES', 'SECONDS'));
alter table exercise_log add constraint exercise_log_part_positive check (part_done >= 1);

-- As before, and "partly done" means less than prescribed, in the unit the log names.
create or replace function exercise_log_check() returns trigger
language plpgsql as $$
declare
    session_patient bigint;
    session_day     date;
    session_round   integer;
    routine_patient bigint;
    prescribed      integer;
    rounds          integer;
begin
    select patient_id, day, round into session_patient, session_day, session_round
    from exercise_session where id = new.session_id;
    select r.patient_id, v.times_per_day,
           case new.part_unit when 'SETS' then i.dosage_sets when 'REPS' then i.dosage_reps
                              when 'MINUTES' then i.dosage_minutes when 'SECONDS' then i.dosage_hold_seconds end
    into routine_patient, rounds, prescribed
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
    if new.status = 'PARTLY' and (prescribed is null or new.part_done >= prescribed) then
        raise exception 'exercise log: partly done needs less than the % % prescribed', prescribed,
            lower(new.part_unit) using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
