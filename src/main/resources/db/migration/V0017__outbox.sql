-- What leaves the portal (e-mail now, push later) is written here in the transaction that caused it, then sent by a
-- worker: retried with growing pauses when the server fails, never twice (one row per dedup key; rows claimed with
-- "for update skip locked", so two application nodes never take the same one).
create table outbox_message (
    id              bigint generated always as identity primary key,
    -- what it is about and to whom, once: e.g. attention:42:2026-11-30:RED_FLAG
    dedup_key       varchar(200) not null,
    kind            varchar(30)  not null,
    recipient_id    bigint       references account (id),
    address         varchar(254) not null,
    subject         varchar(200) not null,
    body_text       text         not null,
    body_html       text         not null,
    status          varchar(10)  not null default 'PENDING',
    attempts        integer      not null default 0,
    created_at      timestamptz  not null,
    next_attempt_at timestamptz  not null,
    sent_at         timestamptz,
    last_error      varchar(500),
    constraint outbox_message_once unique (dedup_key),
    constraint outbox_message_status_known check (status in ('PENDING', 'SENT', 'KEPT', 'FAILED')),
    constraint outbox_message_sent_when_done check ((status in ('SENT', 'KEPT')) = (sent_at is not null)),
    constraint outbox_message_attempts_positive check (attempts >= 0)
);
create index outbox_message_due on outbox_message (next_attempt_at, id) where status = 'PENDING';
