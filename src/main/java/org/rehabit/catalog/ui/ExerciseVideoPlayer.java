package org.rehabit.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import org.rehabit.catalog.domain.ExerciseVideoRepository.StoredVideo;

/**
 * An exercise's video in the page: the browser's own player, inline on a phone and muted, loading only its length
 * until it is played, with the poster (or the first frame) and captions the viewer can turn on. Each address carries the video's
 * version, so a new upload is never hidden by the browser's copy of the old one.
 */
@Tag("video")
public class ExerciseVideoPlayer extends Component {

    public ExerciseVideoPlayer(StoredVideo video, String exerciseName) {
        var base = "api/v1/exercises/" + video.exerciseId() + "/video";
        var version = "?v=" + video.id();
        // without a poster, a moment in: Safari then shows the first frame instead of a black box
        getElement().setAttribute("src", base + version + (video.hasPoster() ? "" : "#t=0.001"));
        if (video.hasPoster()) {
            getElement().setAttribute("poster", base + "/poster" + version);
        }
        getElement().setAttribute("controls", true);
        getElement().setAttribute("playsinline", true);
        // silent until the viewer turns the sound on: a waiting room or a bus is no place for a surprise
        // the attribute is only read when a page's own markup is parsed; an element made by script needs the property
        getElement().setAttribute("muted", true).setProperty("muted", true);
        getElement().setAttribute("preload", "metadata");
        getElement().setAttribute("aria-label", getTranslation("catalog.video.label", exerciseName));
        if (video.hasCaptions()) {
            getElement().appendChild(new Element("track").setAttribute("kind", "captions")
                    .setAttribute("src", base + "/captions.vtt" + version)
                    .setAttribute("label", getTranslation("catalog.video.captions")));
        }
        addClassName("exercise-video");
    }
}
