-- A clinic's own exercise may show the moving figure of a seeded exercise that looks like it (its name, the key of
-- that figure); a seeded exercise shows its own figure and leaves this empty.
alter table exercise add column figure varchar(120);
alter table exercise add constraint exercise_figure_only_for_clinic_items
    check (figure is null or (not seeded and length(btrim(figure)) > 0));
