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
 * A follow-along timer for one exercise: get ready, hold, relax, rest between sets, and a gentle signal at the
 * end. It counts in the browser ({@code frontend/rehabit-timer.js}); the server only sets the dosage and the
 * translated texts, and hears back once, when every rep is done.
 */
@Tag("rehabit-timer")
@JsModule("./rehabit-timer.js")
class FollowAlongTimer extends Component {

    static final int MAX_REST_SECONDS = 600;

    /**
     * @param sets at least 1
     * @param reps repetitions per set (per side with {@code eachSide}), at least 1
     * @param holdSeconds how long each rep is held, at least 1
     * @param eachSide all reps of a set on the left, then all on the right
     * @param restSeconds pause between sets, 0 to 600
     */
    FollowAlongTimer(int sets, int reps, int holdSeconds, boolean eachSide, int restSeconds) {
        if (sets < 1 || reps < 1 || holdSeconds < 1) {
            throw new IllegalArgumentException("sets, reps and hold must be at least 1");
        }
        if (restSeconds < 0 || restSeconds > MAX_REST_SECONDS) {
            throw new IllegalArgumentException("rest must be between 0 and " + MAX_REST_SECONDS + " seconds");
        }
        getElement().setProperty("sets", sets);
        getElement().setProperty("reps", reps);
        getElement().setProperty("hold", holdSeconds);
        getElement().setProperty("eachSide", eachSide);
        getElement().setProperty("rest", restSeconds);
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

    /** Every rep of every set (and side) is done. Public, because Flow creates it by reflection. */
    @DomEvent("timer-finished")
    public static class FinishedEvent extends ComponentEvent<FollowAlongTimer> {

        public FinishedEvent(FollowAlongTimer source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
