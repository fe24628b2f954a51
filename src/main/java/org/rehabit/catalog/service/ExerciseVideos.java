package org.rehabit.catalog.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.catalog.domain.ExerciseVideoRepository;
import org.rehabit.catalog.domain.ExerciseVideoRepository.StoredVideo;
import org.rehabit.catalog.domain.VideoFile;
import org.rehabit.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Short videos of exercises: those who may change an exercise upload, replace and remove its video, with a poster and
 * captions; those who may see the exercise watch it. A file is checked by its container ({@link VideoFile}), its
 * size and its length, both limits set by the clinic.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
public class ExerciseVideos {

    /** Captions longer than this are not a two-minute clip's. */
    public static final int MAX_CAPTION_BYTES = 200_000;

    private final ExerciseVideoRepository videos;
    private final CatalogService catalog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final DataSize maxSize;
    private final Duration maxLength;

    ExerciseVideos(ExerciseVideoRepository videos, CatalogService catalog, CurrentUser currentUser, Clock clock,
            TransactionTemplate transaction,
            @Value("${rehabit.video.max-size}") DataSize maxSize,
            @Value("${rehabit.video.max-length}") Duration maxLength) {
        this.videos = videos;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock;
        this.transaction = transaction;
        this.maxSize = maxSize;
        this.maxLength = maxLength;
    }

    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.SUPPORTS)
    public DataSize maxSize() {
        return maxSize;
    }

    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.SUPPORTS)
    public Duration maxLength() {
        return maxLength;
    }

    /**
     * Stores the uploaded file as the exercise's video, in place of the one it had (with its poster and captions);
     * a refused file changes nothing. The file is checked before a transaction starts: no database connection waits
     * on reading it.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void upload(long exerciseId, Path file) throws IOException {
        catalog.checkMayEdit(exerciseId);
        var size = Files.size(file);
        if (size == 0 || size > maxSize.toBytes()) {
            throw InvalidInputException.of(VideoField.VIDEO, "validation.video.size", maxSize.toMegabytes());
        }
        var result = VideoFile.check(file);
        if (result.checked().isEmpty()) {
            throw InvalidInputException.of(VideoField.VIDEO, switch (result.refusal()) {
                case NOT_VIDEO -> "validation.video.type";
                case CODEC -> "validation.video.codec";
                case LENGTH_UNKNOWN -> "validation.video.length-unknown";
            });
        }
        var video = result.checked().get();
        if (video.duration().compareTo(maxLength) > 0) {
            throw InvalidInputException.of(VideoField.VIDEO, "validation.video.length", maxLength.toSeconds());
        }
        var uploadedBy = currentUser.require().accountId();
        transaction.executeWithoutResult(status -> {
            catalog.checkMayEdit(exerciseId);
            try (var content = Files.newInputStream(file)) {
                videos.replace(exerciseId, video.type(), video.duration(), size, content, uploadedBy,
                        clock.instant());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The still shown before the video plays, drawn again like every picture. */
    @Transactional
    public void setPoster(long exerciseId, byte[] upload) {
        requireVideoToEdit(exerciseId);
        var picture = CatalogService.picture(upload);
        picture.refusal().ifPresent(problem -> {
            throw new InvalidInputException(java.util.Map.of(VideoField.POSTER, problem));
        });
        videos.setPoster(exerciseId, picture.encoded().orElseThrow().data());
    }

    /** Captions in WebVTT (UTF-8), which viewers can turn on. */
    @Transactional
    public void setCaptions(long exerciseId, byte[] upload) {
        requireVideoToEdit(exerciseId);
        var text = upload.length > MAX_CAPTION_BYTES ? null : utf8(upload);
        if (text == null || !text.startsWith("WEBVTT")) {
            throw InvalidInputException.of(VideoField.CAPTIONS, "validation.video.captions");
        }
        videos.setCaptions(exerciseId, text);
    }

    @Transactional
    public void remove(long exerciseId) {
        catalog.checkMayEdit(exerciseId);
        videos.delete(exerciseId);
    }

    /** The exercise's video, for those who may see the exercise; refused as "not found" to others. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<StoredVideo> video(long exerciseId) {
        catalog.checkMayView(exerciseId);
        return videos.find(exerciseId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<byte[]> poster(long exerciseId) {
        catalog.checkMayView(exerciseId);
        return videos.poster(exerciseId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<String> captions(long exerciseId) {
        catalog.checkMayView(exerciseId);
        return videos.captions(exerciseId);
    }

    /**
     * Writes bytes {@code first} to {@code last} (inclusive) of a video that {@link #video} gave, one chunk at a time,
     * each read in a query of its own: a slow phone holds no connection and at most a chunk of memory. Returns false
     * if the video was replaced or removed on the way.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean copy(StoredVideo video, long first, long last, OutputStream out) throws IOException {
        var position = first;
        while (position <= last) {
            var seq = Math.toIntExact(position / video.chunkBytes());
            var chunk = videos.chunk(video.id(), seq);
            if (chunk.isEmpty()) {
                return false;
            }
            var offset = (int) (position - (long) seq * video.chunkBytes());
            var length = (int) Math.min(chunk.get().length - offset, last - position + 1);
            if (length <= 0) {
                return false; // fewer bytes stored than the video's size says
            }
            out.write(chunk.get(), offset, length);
            position += length;
        }
        return true;
    }

    private void requireVideoToEdit(long exerciseId) {
        catalog.checkMayEdit(exerciseId);
        if (!videos.existsByExerciseId(exerciseId)) {
            throw new RecordNotFoundException("video of exercise", exerciseId);
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            var text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
