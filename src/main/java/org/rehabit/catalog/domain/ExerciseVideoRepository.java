package org.rehabit.catalog.domain;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The exercises' videos in PostgreSQL: one row per video and its bytes in chunks of {@link #CHUNK_BYTES}, so a
 * reader takes one chunk per query and never holds a connection, or the whole file, while a phone plays it.
 */
@Repository
public class ExerciseVideoRepository {

    /** 256 KiB: a few queries a second for a phone playing it, a small buffer for each reader. */
    public static final int CHUNK_BYTES = 256 * 1024;

    /** What is stored about a video; {@code id} changes with every upload, so it is also the file's tag. */
    public record StoredVideo(long id, long exerciseId, VideoType type, long size, Duration duration, int chunkBytes,
            boolean hasPoster, boolean hasCaptions, Instant uploadedAt) {
    }

    private final JdbcClient jdbc;

    ExerciseVideoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean existsByExerciseId(long exerciseId) {
        return find(exerciseId).isPresent();
    }

    public Set<Long> findIdsWithVideo(Collection<Long> exerciseIds) {
        if (exerciseIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select exercise_id from exercise_video where exercise_id in (:ids)")
                .param("ids", exerciseIds).query(Long.class).list());
    }

    public Optional<StoredVideo> find(long exerciseId) {
        return jdbc.sql("""
                select id, exercise_id, content_type, size_bytes, duration_ms, chunk_bytes, poster is not null,
                       captions is not null, uploaded_at
                  from exercise_video where exercise_id = :exercise""").param("exercise", exerciseId)
                .query((rs, row) -> new StoredVideo(rs.getLong(1), rs.getLong(2),
                        rs.getString(3).equals(VideoType.WEBM.contentType()) ? VideoType.WEBM : VideoType.MP4,
                        rs.getLong(4), Duration.ofMillis(rs.getInt(5)), rs.getInt(6), rs.getBoolean(7),
                        rs.getBoolean(8), rs.getTimestamp(9).toInstant()))
                .optional();
    }

    /**
     * Stores a video in place of the exercise's current one (whose chunks go with it); call within a transaction, so
     * a failed upload leaves the old video as it was.
     */
    public long replace(long exerciseId, VideoType type, Duration duration, long size, InputStream content,
            long uploadedBy, Instant uploadedAt) throws IOException {
        delete(exerciseId);
        var id = jdbc.sql("""
                insert into exercise_video (exercise_id, content_type, size_bytes, duration_ms, chunk_bytes,
                                            uploaded_by, uploaded_at)
                values (:exercise, :type, :size, :duration, :chunk, :by, :at) returning id""")
                .param("exercise", exerciseId).param("type", type.contentType()).param("size", size)
                .param("duration", Math.toIntExact(Math.max(1, duration.toMillis()))).param("chunk", CHUNK_BYTES)
                .param("by", uploadedBy).param("at", java.sql.Timestamp.from(uploadedAt)).query(Long.class).single();
        var seq = 0;
        for (var chunk = content.readNBytes(CHUNK_BYTES); chunk.length > 0; chunk = content.readNBytes(CHUNK_BYTES)) {
            jdbc.sql("insert into exercise_video_chunk (video_id, seq, data) values (:video, :seq, :data)")
                    .param("video", id).param("seq", seq++).param("data", chunk).update();
        }
        return id;
    }

    /** One chunk of a video, or empty if that video has been replaced or removed meanwhile. */
    public Optional<byte[]> chunk(long videoId, int seq) {
        return jdbc.sql("select data from exercise_video_chunk where video_id = :video and seq = :seq")
                .param("video", videoId).param("seq", seq).query(byte[].class).optional();
    }

    public void setPoster(long exerciseId, byte[] poster) {
        jdbc.sql("update exercise_video set poster = :poster where exercise_id = :exercise")
                .param("poster", poster).param("exercise", exerciseId).update();
    }

    public Optional<byte[]> poster(long exerciseId) {
        return jdbc.sql("select poster from exercise_video where exercise_id = :exercise and poster is not null")
                .param("exercise", exerciseId).query(byte[].class).optional();
    }

    public void setCaptions(long exerciseId, String captions) {
        jdbc.sql("update exercise_video set captions = :captions where exercise_id = :exercise")
                .param("captions", captions).param("exercise", exerciseId).update();
    }

    public Optional<String> captions(long exerciseId) {
        return jdbc.sql("select captions from exercise_video where exercise_id = :exercise and captions is not null")
                .param("exercise", exerciseId).query(String.class).optional();
    }

    public void delete(long exerciseId) {
        jdbc.sql("delete from exercise_video where exercise_id = :exercise").param("exercise", exerciseId).update();
    }
}
