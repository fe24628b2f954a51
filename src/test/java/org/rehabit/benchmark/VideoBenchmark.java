package org.rehabit.benchmark;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rehabit.NoonClock;
import org.rehabit.TestData;
import org.rehabit.catalog.CatalogServiceTest;
import org.rehabit.catalog.TestVideos;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.catalog.service.ExerciseVideos;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The video heap check (not a test: {@code ./mvnw -Pbenchmark test -Dtest=VideoBenchmark}). It stores a 50 MB clip,
 * has {@code -Dbench.clients} (10) signed-in clients download the whole of it at once over HTTP ({@code
 * -Dbench.rounds}, 5, times each), and prints the heap
 * in use (after a collection) before, at its highest while they download, and after, with the time they took. Read
 * whole, each download would hold 50 MB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestData.class, NoonClock.class})
class VideoBenchmark {

    static final int CLIENTS = Integer.getInteger("bench.clients", 10);
    static final int MEGABYTES = Integer.getInteger("bench.megabytes", 50);
    /** Each client downloads the clip this many times, so that the heap is sampled often enough. */
    static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    CatalogService catalog;
    @Autowired
    ExerciseVideos videos;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void serving_a_large_clip_to_many_clients_at_once_keeps_the_heap_flat() throws Exception {
        var therapist = data.therapist();
        var exercise = data.as(therapist, () -> catalog.create(
                CatalogServiceTest.wallPress("Wall press, benchmarked " + therapist.id()), null));
        var file = Files.createTempFile("bench", ".mp4");
        Files.write(file, TestVideos.mp4("avc1", 110_000, MEGABYTES * 1024 * 1024 - 2000));
        data.as(therapist, () -> {
            try {
                videos.upload(exercise, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        var size = Files.size(file);
        Files.delete(file);
        try {
            var client = signedIn(therapist.username());
            var before = liveHeap();
            var pool = Executors.newFixedThreadPool(CLIENTS);
            var started = System.nanoTime();
            var downloads = new ArrayList<Future<Long>>();
            for (var i = 0; i < CLIENTS; i++) {
                downloads.add(pool.submit((Callable<Long>) () -> {
                    long read = 0;
                    for (var round = 0; round < ROUNDS; round++) {
                        var response = client.send(HttpRequest.newBuilder(address("/api/v1/exercises/" + exercise
                                + "/video")).build(), HttpResponse.BodyHandlers.ofInputStream());
                        try (InputStream body = response.body()) {
                            read += body.transferTo(java.io.OutputStream.nullOutputStream());
                        }
                    }
                    return read;
                }));
            }
            var peak = before;
            var samples = 0;
            // a sample every half second at most: a collection stops the downloads while it runs
            for (var unfinished = unfinished(downloads); unfinished != null; unfinished = unfinished(downloads)) {
                try {
                    unfinished.get(500, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillGoing) {
                    peak = Math.max(peak, liveHeap());
                    samples++;
                }
            }
            var seconds = (System.nanoTime() - started) / 1e9;
            long bytes = 0;
            for (var download : downloads) {
                bytes += download.get();
            }
            pool.shutdown();
            var after = liveHeap();
            System.out.printf("%nVideo: %d clients downloaded a %.1f MB clip at once, %d times each (%.1f MB in all) "
                    + "in %.1f s%n", CLIENTS, size / 1048576.0, ROUNDS, bytes / 1048576.0, seconds);
            System.out.printf("Heap in use after a collection: before %.1f MB, highest while serving %.1f MB "
                    + "(%d samples), after %.1f MB%n", before / 1048576.0, peak / 1048576.0, samples,
                    after / 1048576.0);
            System.out.printf("Growth while serving: %.1f MB (the clip read whole for each client: %.0f MB)%n%n",
                    (peak - before) / 1048576.0, CLIENTS * size / 1048576.0);
        } finally {
            jdbc.update("delete from exercise where id = ?", exercise);
        }
    }

    private static Future<Long> unfinished(java.util.List<Future<Long>> downloads) {
        return downloads.stream().filter(d -> !d.isDone()).findFirst().orElse(null);
    }

    /** The heap still in use once a collection has run: what the application holds, not its garbage. */
    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** An HTTP client signed in through the sign-in form, as a browser is. */
    private HttpClient signedIn(String username) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var page = client.send(HttpRequest.newBuilder(address("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        client.send(HttpRequest.newBuilder(address("/login")).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        return client;
    }

    private URI address(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
