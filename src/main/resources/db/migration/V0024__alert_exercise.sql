-- The exercise an alert is about (the stop rule's), so that acting on the alert can open the routine with that
-- exercise selected. Null for alerts about the patient as a whole. A later episode of an open alert moves it.
alter table patient_alert add column exercise_id bigint references exercise (id);

-- Alerts raised before this column existed named the exercise in their detail ("Chair twist · 8/10").
update patient_alert a set exercise_id = (select e.id from exercise e
                                           where left(a.detail, length(e.name) + 3) = e.name || ' · '
                                           order by length(e.name) desc limit 1)
where a.kind = 'PAIN_STOP';
