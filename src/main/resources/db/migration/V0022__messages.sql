-- One conversation per patient with their care team (whoever is the patient's therapist sees all of it). A message
-- is never changed after it is sent (a correction is a new message) and never deleted: only its read mark is set,
-- once, by the other side.
create table message (
    id             bigint generated always as identity primary key,
    patient_id     bigint        not null references account (id),
    author_id      bigint        not null references account (id),
    from_patient   boolean       not null,
    body           varchar(2000) not null,
    -- optionally what it is about: a day, an exercise of the catalog
    about_day      date,
    about_exercise bigint        references exercise (id),
    -- the sender's own key for this message: sending again (a double tap, a resend) makes no second message
    client_key     uuid,
    sent_at        timestamptz   not null,
    read_at        timestamptz,
    read_by        bigint        references account (id),
    constraint message_body_present check (length(btrim(body)) > 0),
    constraint message_sent_once unique (author_id, client_key),
    constraint message_read_complete check ((read_at is null) = (read_by is null))
);
-- a conversation page by page, newest first, however long it is
create index message_conversation on message (patient_id, id);
-- the therapist's unread counts
create index message_unread_from_patient on message (patient_id) where from_patient and read_at is null;

create function message_unchanged() returns trigger
language plpgsql as $$
begin
    if tg_op <> 'UPDATE' then
        raise exception 'messages are never deleted' using errcode = 'restrict_violation';
    end if;
    if old.read_at is not null
            or (new.patient_id, new.author_id, new.from_patient, new.body, new.about_day, new.about_exercise,
                new.client_key, new.sent_at)
               is distinct from
               (old.patient_id, old.author_id, old.from_patient, old.body, old.about_day, old.about_exercise,
                old.client_key, old.sent_at) then
        raise exception 'a message is not changed after it is sent' using errcode = 'restrict_violation';
    end if;
    return new;
end;
$$;
create trigger message_unchanged before update or delete on message
    for each row execute function message_unchanged();
create trigger message_not_truncated before truncate on message
    for each statement execute function message_unchanged();

-- Notes written for the physiotherapist after a session were stored and shown to nobody: each becomes a message of
-- its patient's conversation, about that day, sent when it was written.
insert into message (patient_id, author_id, from_patient, body, about_day, sent_at)
select s.patient_id, s.recorded_by, true, left(s.note, 2000), s.day, s.recorded_at
from exercise_session s
where s.note is not null and btrim(s.note) <> ''
order by s.recorded_at, s.id;
