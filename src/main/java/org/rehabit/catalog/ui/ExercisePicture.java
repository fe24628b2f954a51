package org.rehabit.catalog.ui;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.rehabit.catalog.service.CatalogService;

/**
 * An exercise's picture. It is served through the UI session, so only a signed-in user on a page that shows it can
 * load it, and the catalog service decides whether they may.
 */
public class ExercisePicture extends Image {

    public ExercisePicture(CatalogService catalog, long exerciseId, String exerciseName) {
        setSrc(DownloadHandler.fromInputStream(download -> catalog.image(exerciseId)
                .map(image -> new DownloadResponse(new ByteArrayInputStream(image.data()), "exercise-" + exerciseId,
                        image.contentType(), image.data().length))
                .orElse(DownloadResponse.error(404))));
        setAlt(getTranslation("catalog.image.alt", exerciseName));
        addClassName("exercise-image");
    }
}
