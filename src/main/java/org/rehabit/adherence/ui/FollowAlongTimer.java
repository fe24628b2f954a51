package org.rehabit.adherence.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;

/**
 * A follow-along timer for one exercise, for every kind: holds (get ready, hold, relax), repetitions at a pace
 * (one every few seconds, counted), or a time (a countdown), with rests between sets and a gentle signal at the end.
 * It counts in the browser ({@code frontend/rehabit-timer.js}); the server only sets the dosage and the translated
 * texts, and hears back when everything is done, or when the patient presses "It hurts, stop".
 */
@Tag("rehabit-timer")
@JsModule("./rehabit-timer.js")
class FollowAlongTimer extends Component {

    static final int MAX_REST_SECONDS = 600;
    /** Seconds per repetition when counting repetitions. */
    static final int PACE_SECONDS = 3;

    private FollowAlongTimer(String mode, int sets, int reps, boolean eachSide, int restSeconds) {
        if (sets < 1 || reps < 1) {
            throw new IllegalArgumentException("sets and reps must be at least 1");
        }
        if (restSeconds < 0 || restSeconds > MAX_REST_SECONDS) {
            throw new IllegalArgumentException("rest must be between 0 and " + MAX_REST_SECONDS + " seconds");
        }
        getElement().setProperty("mode", mode);
        getElement().setProperty("sets", sets);
        getElement().setProperty("reps", reps);
        getElement().setProperty("eachSide", eachSide);
        getElement().setProperty("rest", restSeconds);
    }

    /**
     * @param sets at least 1
     * @param reps repetitions per set (per side with {@code eachSide}), at least 1
     * @param holdSeconds how long each rep is held, at least 1
     * @param eachSide all reps of a set on the left, then all on the right
     * @param restSeconds pause between sets, 0 to 600
     */
    static FollowAlongTimer holds(int sets, int reps, int holdSeconds, boolean eachSide, int restSeconds) {
        if (holdSeconds < 1) {
            throw new IllegalArgumentException("hold must be at least 1");
        }
        var timer = new FollowAlongTimer("hold", sets, reps, eachSide, restSeconds);
        timer.getElement().setProperty("hold", holdSeconds);
        return timer;
    }

    /**
     * Repetitions one every {@link #PACE_SECONDS} seconds, counted (the patient may choose another tempo before the
     * start); the other parameters as for holds.
     */
    static FollowAlongTimer repetitions(int sets, int reps, boolean eachSide, int restSeconds) {
        var timer = new FollowAlongTimer("reps", sets, reps, eachSide, restSeconds);
        timer.getElement().setProperty("pace", PACE_SECONDS);
        return timer;
    }

    /** A countdown of the exercise's minutes, with pause. */
    static FollowAlongTimer minutes(int minutes) {
        if (minutes < 1) {
            throw new IllegalArgumentException("minutes must be at least 1");
        }
        var timer = new FollowAlongTimer("time", 1, 1, false, 0);
        timer.getElement().setProperty("minutes", minutes);
        return timer;
    }

    /** Seconds of rest between reps (3 unless set). */
    void setRelaxSeconds(int seconds) {
        if (seconds < 0 || seconds > MAX_REST_SECONDS) {
            throw new IllegalArgumentException("relax must be between 0 and " + MAX_REST_SECONDS + " seconds");
        }
        getElement().setProperty("relax", seconds);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Set on every attach, so the texts follow the UI's locale; the element keeps no English of its own.
        var labels = new LinkedHashMap<String, String>();
        labels.put("start", getTranslation("timer.start"));
        labels.put("pause", getTranslation("timer.pause"));
        labels.put("resume", getTranslation("timer.resume"));
        labels.put("reset", getTranslation("timer.reset"));
        labels.put("getReady", getTranslation("timer.get-ready"));
        labels.put("holdPhase", getTranslation("timer.hold"));
        labels.put("relaxPhase", getTranslation("timer.relax"));
        labels.put("repPhase", getTranslation("timer.move"));
        labels.put("movePhase", getTranslation("timer.keep-going"));
        labels.put("hurts", getTranslation("timer.hurts"));
        labels.put("pace", getTranslation("timer.pace"));
        labels.put("restPhase", getTranslation("timer.rest"));
        labels.put("setOf", getTranslation("timer.set-of"));
        labels.put("repOf", getTranslation("timer.rep-of"));
        labels.put("seconds", getTranslation("timer.seconds"));
        labels.put("left", getTranslation("timer.left"));
        labels.put("right", getTranslation("timer.right"));
        labels.put("finished", getTranslation("timer.finished"));
        getElement().setPropertyMap("labels", labels);
    }

    /** Starts the count, or resumes it after a pause. */
    void start() {
        getElement().callJsFunction("start");
    }

    void pause() {
        getElement().callJsFunction("pause");
    }

    void reset() {
        getElement().callJsFunction("reset");
    }

    Registration addFinishedListener(ComponentEventListener<FinishedEvent> listener) {
        return addListener(FinishedEvent.class, listener);
    }

    Registration addHurtsListener(ComponentEventListener<HurtsEvent> listener) {
        return addListener(HurtsEvent.class, listener);
    }

    /** The patient pressed "It hurts, stop"; the timer has paused. */
    @DomEvent("timer-hurts")
    public static class HurtsEvent extends ComponentEvent<FollowAlongTimer> {

        public HurtsEvent(FollowAlongTimer source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** Every rep of every set (and side) is done. Public, because Flow creates it by reflection. */
    @DomEvent("timer-finished")
    public static class FinishedEvent extends ComponentEvent<FollowAlongTimer> {

        public FinishedEvent(FollowAlongTimer source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
