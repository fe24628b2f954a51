-- Failures older than any window are deleted as new attempts come; this index makes that cheap. Subjects are short
-- by construction (a checked address, a name cut to the longest e-mail address); the check makes sure.
create index sign_in_failure_time on sign_in_failure (failed_at);
alter table sign_in_failure add constraint sign_in_failure_subject_length check (length(subject) <= 400);
