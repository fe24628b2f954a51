-- When a later episode last counted on an open alert (null: none did). The daily digest counts an alert raised, or
-- raised again this way, since the last digest.
alter table patient_alert add column last_episode_at timestamptz;
