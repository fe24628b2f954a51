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
import org.springframework.web.bind.annotation.RequestParam;
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
     * (what it shows, and "what not to do" for an exercise to avoid). Without parameters it moves at the exercise's
     * usual rhythm; {@code hold} (seconds) and {@code sides=both} follow a prescription; the follow-along timer asks
     * for one key pose still ({@code pose=start|end}) or one cycle per repetition ({@code pace}, seconds), on the
     * other side with {@code side=right}.
     */
    @GetMapping("/api/v1/exercises/{id}/figure.svg")
    ResponseEntity<String> figure(@PathVariable long id, @RequestParam(required = false) Integer hold,
            @RequestParam(required = false) String sides, @RequestParam(required = false) String pose,
            @RequestParam(required = false) Integer pace, @RequestParam(required = false) String side,
            Locale locale) {
        if (!optional(sides, "both") || !optional(pose, "start", "end") || !optional(side, "left", "right")
                || pace != null && (pace < 1 || pace > 60) || hold != null && (hold < 0 || hold > 300)) {
            return ResponseEntity.badRequest().build();
        }
        catalog.checkMayView(id);
        var exercise = catalog.instructions(List.of(id)).get(id);
        if (exercise == null) {
            return ResponseEntity.notFound().build();
        }
        var usualHold = exercise.usualDosage().holdSeconds();
        return figures.of(exercise.figure()).map(figure -> {
            var motion = pose == null
                    ? FigureSvg.Motion.moving(hold != null ? hold : usualHold != null ? usualHold
                            : FigureSvg.MIN_HOLD_SECONDS)
                    : FigureSvg.Motion.still(pose.equals("start") ? 0 : figure.poses().size() - 1, false);
            if (pace != null) {
                motion = motion.atPace(pace);
            }
            if ("both".equals(sides)) {
                motion = motion.onBothSides();
            }
            if ("right".equals(side)) {
                motion = motion.onTheOtherSide();
            }
            var title = messages.getMessage(figure.avoid() ? "catalog.figure.avoid" : "catalog.figure.alt",
                    new Object[] {exercise.name()}, locale);
            return ResponseEntity.ok().contentType(SVG)
                    // kept a day: the patient's day opened offline (decision 0019) still shows it
                    .cacheControl(CacheControl.maxAge(FIGURE_KEPT).cachePrivate())
                    .body(FigureSvg.render(figure, title, motion));
        }).orElse(ResponseEntity.notFound().build());
    }

    /** Absent, or one of the values allowed. */
    private static boolean optional(String value, String... allowed) {
        return value == null || List.of(allowed).contains(value);
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<byte[]> unknown() {
        return ResponseEntity.notFound().build();
    }
}
