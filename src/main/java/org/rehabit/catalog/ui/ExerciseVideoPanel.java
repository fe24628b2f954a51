package org.rehabit.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.function.Consumer;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.Problem;
import org.rehabit.base.ui.Notifications;
import org.rehabit.base.ui.ProblemText;
import org.rehabit.catalog.domain.ExerciseImage;
import org.rehabit.catalog.service.ExerciseVideos;

/**
 * The video section of an exercise's page: the clip, and for those who may change the exercise, uploading,
 * replacing or removing it with its poster and captions. Each upload is saved at once, on its own.
 */
class ExerciseVideoPanel extends Div {

    private final ExerciseVideos videos;
    private final long exerciseId;
    private final String exerciseName;
    private final boolean editable;
    private final Span error = new Span();
    private final CatalogText text = new CatalogText(this);

    ExerciseVideoPanel(ExerciseVideos videos, long exerciseId, String exerciseName, boolean editable) {
        this.videos = videos;
        this.exerciseId = exerciseId;
        this.exerciseName = exerciseName;
        this.editable = editable;
        addClassNames("exercise-section", "exercise-video-panel");
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2(getTranslation("catalog.video")));
        var video = videos.video(exerciseId);
        video.ifPresentOrElse(stored -> {
            add(new ExerciseVideoPlayer(stored, exerciseName));
            add(new Paragraph(getTranslation("catalog.video.about", text.length(stored.duration()),
                    String.format(Locale.ROOT, "%.1f", stored.size() / 1_048_576.0))));
        }, () -> add(new Paragraph(getTranslation("catalog.video.none"))));
        if (!editable) {
            return;
        }
        add(upload(getTranslation("catalog.video.upload", videos.maxSize().toMegabytes(),
                text.length(videos.maxLength())), new VideoUpload(), videos.maxSize().toBytes(),
                Problem.of("validation.video.rejected", videos.maxSize().toMegabytes()), "video/mp4", "video/webm",
                "video/quicktime", ".mp4", ".m4v", ".mov", ".webm"));
        add(new Paragraph(getTranslation("catalog.video.hint")));
        if (video.isPresent()) {
            var posterTooLarge = Problem.of("validation.catalog.image-rejected");
            add(upload(getTranslation("catalog.video.poster"),
                    small(ExerciseImage.MAX_BYTES, posterTooLarge, bytes -> videos.setPoster(exerciseId, bytes),
                            "catalog.video.poster-saved"),
                    ExerciseImage.MAX_BYTES, posterTooLarge, "image/png", "image/jpeg", "image/webp", ".png", ".jpg",
                    ".jpeg", ".webp"));
            var notCaptions = Problem.of("validation.video.captions");
            add(upload(getTranslation("catalog.video.captions-upload"),
                    small(ExerciseVideos.MAX_CAPTION_BYTES, notCaptions,
                            bytes -> videos.setCaptions(exerciseId, bytes), "catalog.video.captions-saved"),
                    ExerciseVideos.MAX_CAPTION_BYTES, notCaptions, "text/vtt", ".vtt"));
            var remove = new Button(getTranslation("catalog.video.remove"), click -> {
                videos.remove(exerciseId);
                Notifications.info(getTranslation("catalog.video.removed"));
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(remove);
        }
        add(error);
    }

    /**
     * An upload field. Its size and types are checked by the browser first, so a file too large is never sent; the
     * server checks again.
     */
    private Component upload(String label, UploadHandler handler, long maxBytes, Problem rejected, String... types) {
        var upload = new Upload(handler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(types);
        upload.addFileRejectedListener(event -> show(rejected));
        var field = new Div(new Span(label), upload);
        field.addClassName("upload-field");
        return field;
    }

    private void show(Problem problem) {
        error.setText(problem == null ? "" : ProblemText.of(this, problem));
    }

    /**
     * Reads a small upload whole (at most one byte past its limit) and stores it at once, in the upload's own request
     * as the signed-in user; then shows what came of it.
     */
    private UploadHandler small(int limit, Problem tooLarge, Consumer<byte[]> save, String savedKey) {
        return event -> {
            byte[] bytes;
            try (var in = event.getInputStream()) {
                bytes = in.readNBytes(limit + 1);
            }
            store(event, bytes.length > limit ? tooLarge : null, () -> save.accept(bytes), savedKey);
        };
    }

    /** Stores an upload unless it was already refused, then shows what came of it in the page. */
    private void store(UploadEvent event, Problem refused, Runnable store, String savedKey) {
        var problem = refused;
        if (problem == null) {
            try {
                store.run();
            } catch (InvalidInputException invalid) {
                problem = invalid.problems().values().iterator().next();
            }
        }
        if (problem != null) {
            event.reject(ProblemText.of(this, problem));
        }
        var outcome = problem;
        event.getUI().access(() -> done(outcome, savedKey));
    }

    private void done(Problem problem, String savedKey) {
        if (problem == null) {
            Notifications.info(getTranslation(savedKey));
            refresh();
        } else {
            show(problem);
        }
    }

    /**
     * Copies the clip to a temporary file, one byte past the limit at most (so an oversized upload never fills the
     * disk), has the service check and store it outside the page's lock, then shows what came of it.
     */
    private final class VideoUpload implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            var file = Files.createTempFile("rehabit-video-", ".upload");
            try {
                try (var in = event.getInputStream(); var out = Files.newOutputStream(file)) {
                    copy(in, out, videos.maxSize().toBytes() + 1);
                }
                store(event, null, () -> {
                    try {
                        videos.upload(exerciseId, file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, "catalog.video.saved");
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void copy(InputStream in, OutputStream out, long limit) throws IOException {
        var buffer = new byte[64 * 1024];
        long copied = 0;
        for (int read; copied < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - copied))) > 0;
                copied += read) {
            out.write(buffer, 0, read);
        }
    }
}
