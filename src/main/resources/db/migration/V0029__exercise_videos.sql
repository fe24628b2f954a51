-- A short video of a clinic's own exercise. The file is kept in the database, cut into chunks, so that every app
-- node serves the same file, a backup of the database holds it, and a reader never needs the whole file in memory
-- or a connection held for as long as a phone plays it: each chunk is one short query. A new upload is a new row
-- (the old one and its chunks go in the same transaction), so a player that holds the old one's tag sees it gone.
create table exercise_video (
    id            bigint generated always as identity primary key,
    exercise_id   bigint       not null unique references exercise (id) on delete cascade,
    content_type  varchar(20)  not null,
    size_bytes    bigint       not null,
    duration_ms   integer      not null,
    chunk_bytes   integer      not null,
    -- a still shown before the video plays, re-encoded like every picture; none: the browser shows the first frame
    poster        bytea,
    -- captions in WebVTT, off until the viewer turns them on
    captions      text,
    uploaded_by   bigint       not null references account (id),
    uploaded_at   timestamptz  not null,
    constraint exercise_video_type_known check (content_type in ('video/mp4', 'video/webm')),
    constraint exercise_video_size_range check (size_bytes > 0),
    constraint exercise_video_duration_range check (duration_ms > 0),
    constraint exercise_video_chunk_range check (chunk_bytes between 4096 and 4194304),
    constraint exercise_video_poster_size check (octet_length(poster) between 1 and 2097152),
    constraint exercise_video_captions_vtt check (captions like 'WEBVTT%' and length(captions) <= 200000)
);

create table exercise_video_chunk (
    video_id  bigint  not null references exercise_video (id) on delete cascade,
    seq       integer not null,
    data      bytea   not null,
    primary key (video_id, seq),
    constraint exercise_video_chunk_seq_range check (seq >= 0),
    constraint exercise_video_chunk_not_empty check (octet_length(data) > 0)
);

-- video does not compress: stored out of line as it is, without PostgreSQL trying
alter table exercise_video_chunk alter column data set storage external;
