package org.rehabit.catalog.ui;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.catalog.domain.figure.FigureSvg;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.catalog.service.ExerciseFigures;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An exercise's picture and moving figure for pages: {@code GET /api/v1/exercises/{id}/picture} and {@code
 * .../figure.svg}, to signed-in users who may see the exercise (staff, and patients it was prescribed to); kept by the browser (a picture for an hour, a
 * figure for a day), never by a shared cache.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class ExercisePictures {

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");
    /** How long the browser keeps a figure: they change only with a new release. */
    static final Duration FIGURE_KEPT = Duration.ofDays(1);

    private final CatalogService catalog;
    private final ExerciseFigures figures;
    private final MessageSource messages;

    ExercisePictures(CatalogService catalog, ExerciseFigures figures, MessageSource messages) {
        this.catalog = catalog;
        this.figures = figures;
        this.messages = messages;
    }

    @GetMapping("/api/v1/exercises/{id}/picture")
    ResponseEntity<byte[]> picture(@PathVariable long id) {
        return catalog.image(id)
                .map(image -> ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate()).body(image.data()))
                .orElse(ResponseEntity.notFound().build());
    }

    /**
     * The exercise's moving figure, where the catalog has one: SVG, its text alternative in the user's language
     * (what it shows, and "what not to do" for an exercise to avoid).
     */
    @GetMapping("/api/v1/exercises/{id}/figure.svg")
    ResponseEntity<String> figure(@PathVariable long id, Locale locale) {
        catalog.checkMayView(id);
        var exercise = catalog.instructions(List.of(id)).get(id);
        if (exercise == null) {
            return ResponseEntity.notFound().build();
        }
        return figures.of(exercise.name())
                .map(figure -> ResponseEntity.ok().contentType(SVG)
                        // kept a day: the patient's day opened offline (decision 0019) still shows it
                        .cacheControl(CacheControl.maxAge(FIGURE_KEPT).cachePrivate())
                        .body(FigureSvg.render(figure, messages.getMessage(
                                figure.avoid() ? "catalog.figure.avoid" : "catalog.figure.alt",
                                new Object[] {exercise.name()}, locale),
                                exercise.usualDosage().holdSeconds() == null ? FigureSvg.MIN_HOLD_SECONDS
                                        : exercise.usualDosage().holdSeconds())))
                .orElse(ResponseEntity.notFound().build());
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<byte[]> unknown() {
        return ResponseEntity.notFound().build();
    }
}
