package org.rehabit.catalog.ui;

import java.time.Duration;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.catalog.service.CatalogService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An exercise's picture for pages drawn in the browser (the patient's day): {@code GET
 * /api/v1/exercises/{id}/picture}, to signed-in users as the catalog service allows; kept by the browser for an hour,
 * never by a shared cache.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class ExercisePictures {

    private final CatalogService catalog;

    ExercisePictures(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/exercises/{id}/picture")
    ResponseEntity<byte[]> picture(@PathVariable long id) {
        return catalog.image(id)
                .map(image -> ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate()).body(image.data()))
                .orElse(ResponseEntity.notFound().build());
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<byte[]> unknown() {
        return ResponseEntity.notFound().build();
    }
}
