-- Per prescribed exercise (in routines and in templates): the pain that stops it, when the therapist sets it other
-- than the default (within safe bounds: stop at 4 to 8 out of 10, or at a rise of 1 to 4 over the score before), and
-- an optional load for resistance exercises, in the unit the clinic works in.
alter table routine_item
    add column stop_at     integer,
    add column stop_rise   integer,
    add column load_amount numeric(5, 1),
    add column load_unit   varchar(2),
    add constraint routine_item_stop_at_bounds check (stop_at between 4 and 8),
    add constraint routine_item_stop_rise_bounds check (stop_rise between 1 and 4),
    add constraint routine_item_load_range check (load_amount > 0 and load_amount <= 500),
    add constraint routine_item_load_unit_known check (load_unit in ('KG', 'LB')),
    add constraint routine_item_load_with_unit check ((load_amount is null) = (load_unit is null));

alter table routine_template_item
    add column stop_at     integer,
    add column stop_rise   integer,
    add column load_amount numeric(5, 1),
    add column load_unit   varchar(2),
    add constraint routine_template_item_stop_at_bounds check (stop_at between 4 and 8),
    add constraint routine_template_item_stop_rise_bounds check (stop_rise between 1 and 4),
    add constraint routine_template_item_load_range check (load_amount > 0 and load_amount <= 500),
    add constraint routine_template_item_load_unit_known check (load_unit in ('KG', 'LB')),
    add constraint routine_template_item_load_with_unit check ((load_amount is null) = (load_unit is null));
