-- A therapist is deactivated only once nobody's patient is left on their caseload: otherwise those patients' alerts
-- would go unseen. The service moves the patients to another therapist in the same transaction, so the check waits
-- for the end of the transaction.
create function account_deactivated_therapist_has_no_patients() returns trigger language plpgsql as $$
begin
    if new.role = 'THERAPIST' and old.enabled and not new.enabled
       and exists (select 1 from account p where p.role = 'PATIENT' and p.therapist_id = new.id) then
        raise exception 'therapist % still has patients: move them to another therapist first', new.id
            using errcode = 'check_violation';
    end if;
    return new;
end;
$$;

create constraint trigger account_deactivated_therapist_has_no_patients
    after update of enabled on account deferrable initially deferred
    for each row execute function account_deactivated_therapist_has_no_patients();
