-- The dashboard's figures, one row per patient, kept up to date with the roll-up (adherence_day): a therapist's
-- dashboard reads one row per patient instead of 30 days each. The figures are for the days before as_of (complete
-- days): scheduled and completed occurrences over the last 7 and 30, mean pain after over the last 7 and the 7
-- before, the pain after of each of the last 14 days, and the last day with a record (as_of included). A row whose
-- as_of is not today is worked out again before it is read.
create table progress_summary (
    patient_id   bigint           primary key references account (id),
    as_of        date             not null,
    scheduled7   integer          not null,
    completed7   numeric(9, 2)    not null,
    scheduled30  integer          not null,
    completed30  numeric(9, 2)    not null,
    pain7        double precision,
    pain_before7 double precision,
    pain_days    date[]           not null,
    pain_values  integer[]        not null,
    last_active  date,
    constraint progress_summary_week_range check (completed7 >= 0 and completed7 <= scheduled7),
    constraint progress_summary_month_range check (completed30 >= 0 and completed30 <= scheduled30
        and scheduled7 <= scheduled30),
    constraint progress_summary_pain_pairs check (cardinality(pain_days) = cardinality(pain_values)),
    constraint progress_summary_active_by_then check (last_active <= as_of)
);
