-- After an admin resets a password, its holder chooses their own at the next sign-in: the admin's is temporary.
alter table account add column must_change_password boolean not null default false;
