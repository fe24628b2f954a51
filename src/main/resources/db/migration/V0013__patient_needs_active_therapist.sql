-- A patient is put on an active therapist's caseload only. The therapist's row is read with a share lock, so a
-- deactivation running at the same time waits for this transaction (and then moves this patient too) or this one
-- waits for it (and then finds the therapist inactive). V0010 checks the other side.
create function account_patient_needs_active_therapist() returns trigger language plpgsql as $$
begin
    if new.role = 'PATIENT' and new.therapist_id is not null
       and (tg_op = 'INSERT' or new.therapist_id is distinct from old.therapist_id) then
        perform 1 from account t where t.id = new.therapist_id and t.enabled for share;
        if not found then
            raise exception 'therapist % is not active: a patient cannot be put on their caseload', new.therapist_id
                using errcode = 'check_violation';
        end if;
    end if;
    return new;
end;
$$;

create trigger account_patient_needs_active_therapist
    before insert or update of therapist_id on account
    for each row execute function account_patient_needs_active_therapist();
