package org.rehabit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rehabit.TestData;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.catalog.CatalogServiceTest;
import org.rehabit.catalog.TestVideos;
import org.rehabit.catalog.service.CatalogService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A therapist uploads a real clip of a clinic exercise through the exercise page; the patient it is prescribed to
 * plays it on the exercise's card on a phone and seeks within it (which needs the server's range answers).
 */
class ExerciseVideoIT extends RealBrowser {

    @Autowired
    TestData data;
    @Autowired
    CatalogService catalog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    long exercise;

    @AfterEach
    void removeTheExercise() {
        jdbc.update("delete from exercise_video where exercise_id = ?", exercise);
    }

    @Test
    void the_therapist_uploads_a_clip_and_the_patient_seeks_within_it_on_a_phone() throws Exception {
        var therapist = data.therapist();
        var patient = data.patientOf(therapist);
        exercise = data.as(therapist, () -> catalog.create(
                CatalogServiceTest.wallPress("Wall press, filmed " + therapist.id()), null));
        data.routine(patient, TestRoutines.only(exercise, LocalDate.now(clock)));
        var clip = TestVideos.playable(Files.createTempFile("clip", ".mp4"), 6, 640, 360);
        assertThat(Files.size(clip)).as("larger than a servlet's default upload limit").isGreaterThan(1_048_576);

        signIn(therapist);
        wait.until(ExpectedConditions.urlToBe(url("dashboard")));
        browser.get(url("catalog/exercise/" + exercise));
        var upload = wait.until(d -> d.findElement(By.cssSelector(".exercise-video-panel vaadin-upload")));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(clip.toString());
        var staffPlayer = wait
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("video.exercise-video")));
        assertThat(jdbc.queryForObject("select size_bytes from exercise_video where exercise_id = ?", Long.class,
                exercise)).isEqualTo(Files.size(clip));
        assertThat(seekTo(staffPlayer, 0)).containsEntry("duration", 6L);
        assertThat(staffPlayer.getDomProperty("muted")).isEqualTo("true");
        saveScreenshot("exercise-video-upload");

        browser.manage().deleteAllCookies();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
        signIn(patient);
        wait.until(ExpectedConditions.urlToBe(url("today")));
        var questions = wait.until(d -> {
            var found = d.findElements(By.cssSelector(".check-in-question"));
            return found.size() == 2 ? found : null;
        });
        for (var question : questions) {
            click(question.findElements(By.cssSelector("button.chip")).stream()
                    .filter(b -> b.getText().equals("No")).findFirst().orElseThrow());
        }
        click(browser.findElement(By.cssSelector(".check-in-continue")));
        var player = wait.until(d -> d.findElement(By.cssSelector(".exercise-card video.exercise-video")));
        assertThat(player.getDomProperty("muted")).isEqualTo("true");
        assertThat(player.getDomAttribute("playsinline")).isNotNull();

        var seeked = seekTo(player, 4.5);

        assertThat((Double) seeked.get("time")).isBetween(4.4, 4.6);
        assertThat((Long) seeked.get("width")).isEqualTo(640L);
        saveScreenshot("exercise-video-phone");
    }

    /** Seeks the player and waits for the frame there; answers where it is, how long it lasts and how wide. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> seekTo(org.openqa.selenium.WebElement player, double seconds) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const [video, to, done] = arguments;
                video.scrollIntoView({block: 'center'});
                const report = () => done({time: video.currentTime, duration: Math.round(video.duration),
                    width: video.videoWidth});
                const seek = () => { video.addEventListener('seeked', report, {once: true}); video.currentTime = to; };
                video.addEventListener('error', () => done({error: video.error && video.error.message}));
                if (video.readyState >= 1) { seek(); } else {
                    video.preload = 'auto'; video.addEventListener('loadedmetadata', seek, {once: true}); video.load();
                }""", player, seconds);
    }

    private void click(org.openqa.selenium.WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", element);
    }
}
