-- The actions a patient's phone sent for a day (a check-off, a pain score, a check-in), each under a key the phone
-- made when the patient tapped. An action is applied in the same transaction as its key is stored here, so a queue
-- sent again after a lost answer, or twice from a flaky connection, changes nothing the second time.
create table applied_day_action (
    patient_id  bigint      not null references account (id),
    action_key  uuid        not null,
    day         date        not null,
    applied_at  timestamptz not null,
    primary key (patient_id, action_key)
);
