package org.rehabit.adherence.ui;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rehabit.adherence.service.DayRoutine;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.catalog.domain.ExerciseVideoRepository.StoredVideo;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.catalog.service.ExerciseFigures;
import org.rehabit.catalog.service.ExerciseInstructions;
import org.rehabit.catalog.service.ExerciseVideos;
import org.rehabit.catalog.ui.ExercisePicture;
import org.rehabit.catalog.ui.ExerciseVideoPlayer;
import org.rehabit.prescriptions.service.PrescriptionText;
import org.rehabit.security.AppRoles;

/**
 * One of the patient's own exercises on its own page, where the handout's QR code leads (after signing in): the
 * clinic's video, picture or moving figure, the dose in force today, how to do it and when to stop. Only an exercise
 * one of the patient's routines has held; any other is "not found".
 */
@Route("exercise")
@RolesAllowed(AppRoles.PATIENT)
class MyExerciseView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CatalogService catalog;
    private final ExerciseVideos videos;
    private final PatientDayService days;
    private final Clock clock;
    private String title = "";

    MyExerciseView(CatalogService catalog, ExerciseVideos videos, PatientDayService days, Clock clock) {
        this.catalog = catalog;
        this.videos = videos;
        this.days = days;
        this.clock = clock;
        addClassName("my-exercise-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            catalog.checkMayView(id);
        } catch (RecordNotFoundException e) {
            throw new NotFoundException("No exercise " + id + " of this patient");
        }
        show(catalog.instructions(List.of(id)).get(id));
    }

    private void show(ExerciseInstructions exercise) {
        removeAll();
        title = exercise.name();
        add(new ViewHeader(exercise.name(), new RouterLink(getTranslation("exercise.to-today"), TodayView.class)));
        var video = exercise.hasVideo() ? videos.video(exercise.id()) : Optional.<StoredVideo>empty();
        if (video.isPresent()) {
            add(new ExerciseVideoPlayer(video.get(), exercise.name()));
        } else if (exercise.hasImage()) {
            add(new ExercisePicture(catalog, exercise.id(), exercise.name()));
        } else if (exercise.figure() != null) {
            var figure = new Image(ExerciseFigures.address(exercise.id(), exercise.usualDosage()),
                    getTranslation("catalog.figure.alt", exercise.name()));
            figure.addClassName("exercise-figure");
            add(figure);
        }
        days.day(LocalDate.now(clock)).routines().stream().map(DayRoutine::items).flatMap(List::stream)
                .filter(item -> item.exercise().id() == exercise.id()).findFirst()
                .map(item -> PrescriptionText.dosage(item.prescription(), this::getTranslation))
                .filter(dosage -> !dosage.isEmpty()).ifPresent(dosage -> {
                    var line = new Paragraph(dosage);
                    line.addClassName("dosage");
                    add(line);
                });
        add(new Paragraph(exercise.summary()));
        var steps = new OrderedList();
        exercise.steps().forEach(step -> steps.add(new ListItem(step)));
        add(steps);
        if (exercise.cautions() != null) {
            add(new Paragraph(getTranslation("today.take-care") + " " + exercise.cautions()));
        }
        if (exercise.stopIf() != null) {
            var stop = new Paragraph(getTranslation("today.stop-if") + " " + exercise.stopIf());
            stop.addClassName("stop-rule");
            add(stop);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
