package org.rehabit.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import org.rehabit.base.service.Problem;
import org.rehabit.base.ui.ProblemText;
import org.rehabit.catalog.domain.ExerciseImage;

/**
 * Picks an exercise picture. The browser's size and type limits are only a convenience: the bytes are read here up
 * to one byte past the limit (so an oversized upload never fills the memory) and the service checks the content.
 */
class ImagePicker extends VerticalLayout {

    private final Span error = new Span();
    private byte[] picked;

    ImagePicker() {
        var upload = new Upload(new LimitedUpload());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ExerciseImage.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        upload.addFileRejectedListener(rejected -> showError(Problem.of("validation.catalog.image-rejected")));
        upload.addFileRemovedListener(removed -> {
            picked = null;
            showError(null);
        });
        error.addClassName("field-error");
        setPadding(false);
        setSpacing(false);
        add(new Span(getTranslation("catalog.image")), upload, error);
    }

    /** The newly picked picture, or null to keep the current one. */
    byte[] picked() {
        return picked;
    }

    void showError(Problem problem) {
        error.setText(problem == null ? "" : ProblemText.of(this, problem));
    }

    /** Adds a button that removes the stored picture at once. */
    void offerRemoval(Runnable remove) {
        var button = new Button(getTranslation("catalog.image.remove"), click -> {
            remove.run();
            click.getSource().setVisible(false);
        });
        button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(button);
    }

    private final class LimitedUpload implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws java.io.IOException {
            try (var in = event.getInputStream()) {
                var data = in.readNBytes(ExerciseImage.MAX_BYTES + 1);
                var tooLarge = data.length > ExerciseImage.MAX_BYTES;
                if (tooLarge) {
                    event.reject(getTranslation("validation.catalog.image-size"));
                }
                event.getUI().access(() -> {
                    picked = tooLarge ? null : data;
                    showError(tooLarge ? Problem.of("validation.catalog.image-size") : null);
                });
            }
        }
    }
}
