package org.rehabit.catalog.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.catalog.domain.ImageType;
import org.rehabit.catalog.service.ExerciseVideos;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An exercise's video, its poster and its captions, to signed-in users who may see the exercise. The video answers
 * HTTP range requests, so a phone can seek in it and load only what it plays; it is copied a chunk at a time, never
 * read whole. Pages ask for it with its version ({@code ?v=}), so the browser may keep it: a new upload has a new
 * version.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class ExerciseVideoStream {

    /** One range, as browsers ask for it: "bytes=0-", "bytes=500-999" or the last 500 bytes, "bytes=-500". */
    private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");
    private static final String KEPT = CacheControl.maxAge(Duration.ofDays(1)).cachePrivate().getHeaderValue();

    private final ExerciseVideos videos;

    ExerciseVideoStream(ExerciseVideos videos) {
        this.videos = videos;
    }

    @GetMapping("/api/v1/exercises/{id}/video")
    void video(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var video = videos.video(id).orElseThrow(() -> new RecordNotFoundException("video of exercise", id));
        var size = video.size();
        var tag = "\"video-" + video.id() + "\"";
        response.setContentType(video.type().contentType());
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader(HttpHeaders.ETAG, tag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, KEPT);
        long first = 0;
        long last = size - 1;
        if (tag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return;
        }
        var range = request.getHeader(HttpHeaders.RANGE);
        var ifRange = request.getHeader(HttpHeaders.IF_RANGE);
        var matcher = range == null ? null : SINGLE_RANGE.matcher(range.strip());
        // a range of another version, several ranges or one we cannot read: the whole file, as HTTP allows
        if (matcher != null && matcher.matches() && (ifRange == null || ifRange.equals(tag))
                && !(matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
            var from = matcher.group(1).isEmpty() ? -1 : Long.parseLong(matcher.group(1));
            var to = matcher.group(2).isEmpty() ? -1 : Long.parseLong(matcher.group(2));
            // a range that ends before it starts is no range: the whole file
            if (from < 0 || to < 0 || to >= from) {
                if (from < 0) {
                    first = Math.max(0, size - to);
                } else {
                    first = from;
                    last = to < 0 ? size - 1 : Math.min(size - 1, to);
                }
                if (first >= size) {
                    response.setStatus(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value());
                    response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
                    return;
                }
                response.setStatus(HttpStatus.PARTIAL_CONTENT.value());
                response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + first + "-" + last + "/" + size);
            }
        }
        response.setContentLengthLong(last - first + 1);
        if (request.getMethod().equals("HEAD")) {
            return;
        }
        try {
            videos.copy(video, first, last, response.getOutputStream());
        } catch (IOException gone) {
            // the player went away (it does whenever it seeks or has enough): nothing to answer
        }
    }

    @GetMapping("/api/v1/exercises/{id}/video/poster")
    ResponseEntity<byte[]> poster(@PathVariable long id) {
        return videos.poster(id).map(poster -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ImageType.detect(poster).orElse(ImageType.JPEG).contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate()).body(poster))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/api/v1/exercises/{id}/video/captions.vtt")
    ResponseEntity<String> captions(@PathVariable long id) {
        return videos.captions(id).map(captions -> ResponseEntity.ok()
                .contentType(new MediaType("text", "vtt", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate()).body(captions))
                .orElse(ResponseEntity.notFound().build());
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<Void> unknown() {
        return ResponseEntity.notFound().build();
    }
}
