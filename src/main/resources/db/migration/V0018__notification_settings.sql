-- How each person wants to hear from the portal. No row means the defaults: no exercise reminders (a patient turns
-- them on), no daily digest (a therapist turns it on), no quiet hours. Attention notifications (a red flag, the pain
-- stop rule) always reach the therapist.
create table notification_setting (
    account_id           bigint      primary key references account (id),
    reminders            boolean     not null default false,
    -- local times in the clinic's time zone
    reminder_time        time        not null,
    second_reminder_time time,
    quiet_from           time,
    quiet_until          time,
    daily_digest         boolean     not null default false,
    updated_at           timestamptz not null,
    constraint notification_setting_second_later check (second_reminder_time > reminder_time),
    constraint notification_setting_quiet_complete check ((quiet_from is null) = (quiet_until is null)),
    constraint notification_setting_quiet_not_empty check (quiet_from <> quiet_until)
);
-- the reminder sweep looks only at people who asked for reminders
create index notification_setting_reminders on notification_setting (reminder_time) where reminders;
