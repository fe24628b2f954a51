-- Web Push. The portal's VAPID key pair is made once, by whichever node starts first, and kept here (one row).
create table vapid_key (
    id          boolean     primary key default true,
    public_key  text        not null,
    private_key text        not null,
    created_at  timestamptz not null,
    constraint vapid_key_single check (id)
);

-- A browser or phone where someone turned notifications on: where its push service takes messages for it, and the
-- keys that encrypt them. The push service saying it is gone (404, 410) removes it.
create table push_subscription (
    id          bigint generated always as identity primary key,
    account_id  bigint        not null references account (id),
    endpoint    varchar(2000) not null,
    p256dh      varchar(200)  not null,
    auth        varchar(100)  not null,
    device      varchar(100)  not null,
    created_at  timestamptz   not null,
    constraint push_subscription_endpoint_unique unique (endpoint),
    constraint push_subscription_endpoint_web check (endpoint ~ '^https?://')
);
create index push_subscription_account on push_subscription (account_id);

-- How a person wants to be reached: e-mail can be turned off once notifications are on for a device (a message with
-- no device to go to still goes by e-mail).
alter table notification_setting add column email boolean not null default true;

-- The outbox sends push messages too: one row per device, its title and text in subject and body_text, the device's
-- name in address. A device removed before its message left leaves the row without one: it is marked failed.
alter table outbox_message add column channel varchar(10) not null default 'EMAIL';
alter table outbox_message add column push_subscription_id bigint references push_subscription (id) on delete set null;
alter table outbox_message add constraint outbox_message_channel_known check (channel in ('EMAIL', 'PUSH'));
-- removing a device sets its waiting messages' reference to null: found through this index, not a scan
create index outbox_message_push_subscription on outbox_message (push_subscription_id)
    where push_subscription_id is not null;
-- A message that is worth nothing after a time (a reminder for today) is not sent after it, however late the worker.
alter table outbox_message add column expires_at timestamptz;

-- One notification may leave as several messages (an e-mail and a push per device): they share its key, by which
-- the reminder sweep sees what it has already put in.
alter table outbox_message add column letter_key varchar(200);
update outbox_message set letter_key = regexp_replace(dedup_key, ':email$', '');
alter table outbox_message alter column letter_key set not null;
create index outbox_message_letter on outbox_message (letter_key);
