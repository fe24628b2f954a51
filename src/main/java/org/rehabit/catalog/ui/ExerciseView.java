package org.rehabit.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.catalog.service.ExerciseDetails;
import org.rehabit.catalog.service.ExerciseFigures;
import org.rehabit.catalog.service.ExerciseVideos;
import org.rehabit.security.AppRoles;

/** One catalog item: instructions, dosage, cautions, stop rule and, for an "avoid" item, a warning and its alternative. */
@Route("catalog/exercise")
@RolesAllowed({AppRoles.THERAPIST, AppRoles.ADMIN})
class ExerciseView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CatalogService catalog;
    private final ExerciseFigures figures;
    private final ExerciseVideos videos;
    private final CatalogText text = new CatalogText(this);
    private String title = "";

    ExerciseView(CatalogService catalog, ExerciseFigures figures, ExerciseVideos videos) {
        this.catalog = catalog;
        this.figures = figures;
        this.videos = videos;
        addClassName("exercise-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            show(catalog.get(id));
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(ExerciseDetails exercise) {
        removeAll();
        title = exercise.name();
        var actions = new HorizontalLayout();
        if (exercise.editable()) {
            var edit = new Button(getTranslation("catalog.edit"), click -> getUI().ifPresent(ui -> ui.navigate(
                    ExerciseEditorView.class, exercise.id())));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var retire = new Button(getTranslation(exercise.retired() ? "catalog.restore" : "catalog.retire"),
                    click -> {
                        if (exercise.retired()) {
                            catalog.restore(exercise.id());
                        } else {
                            catalog.retire(exercise.id());
                        }
                        show(catalog.get(exercise.id()));
                    });
            actions.add(edit, retire);
        }
        add(new ViewHeader(exercise.name(), actions));
        var tags = new HorizontalLayout(text.statusBadge(exercise.status()), new Span(text.label(exercise.category())),
                new Span(text.label(exercise.position())));
        if (exercise.retired()) {
            tags.add(new Span(getTranslation("catalog.retired")));
        }
        tags.addClassName("exercise-tags");
        add(tags);
        if (exercise.status() != CatalogStatus.RECOMMENDED) {
            add(warning(exercise));
        }
        add(new Paragraph(exercise.summary()));
        figure(exercise.id(), exercise.figure(), exercise.name(), exercise.dosage()).ifPresent(moving -> {
            var row = new Div(moving);
            row.addClassName("exercise-figures");
            // what not to do, beside what to do instead
            if (exercise.status() == CatalogStatus.AVOID && exercise.alternative() != null) {
                var alternative = exercise.alternative();
                figure(alternative.id(), alternative.name(), alternative.name(), null).ifPresent(row::add);
            }
            add(row);
        });
        if (exercise.editable() && !exercise.seeded()) {
            add(figurePicker(exercise));
        }
        if (exercise.hasImage()) {
            add(image(exercise));
        }
        if (exercise.hasVideo() || exercise.editable()) {
            add(new ExerciseVideoPanel(videos, exercise.id(), exercise.name(), exercise.editable()));
        }
        add(section("catalog.steps", steps(exercise)));
        var dosage = text.dosage(exercise.dosage());
        if (!dosage.isEmpty()) {
            add(section("catalog.dosage", new Paragraph(dosage)));
        }
        add(section("catalog.regions", new Paragraph(text.labels(exercise.regions()))));
        add(section("catalog.equipment", new Paragraph(exercise.equipment().isEmpty()
                ? getTranslation("catalog.Equipment.NONE") : text.labels(exercise.equipment()))));
        if (exercise.cautions() != null) {
            add(section("catalog.cautions", new Paragraph(exercise.cautions())));
        }
        if (exercise.stopIf() != null) {
            var stop = new Paragraph(exercise.stopIf());
            stop.addClassName("stop-rule");
            add(section("catalog.stop-if", stop));
        }
        if (exercise.attribution() != null) {
            var source = new Paragraph(exercise.attribution());
            source.addClassName("attribution");
            add(source);
        }
    }

    private Component warning(ExerciseDetails exercise) {
        var box = new Div();
        box.addClassName(exercise.status() == CatalogStatus.AVOID ? "avoid-warning" : "caution-warning");
        box.getElement().setAttribute("role", "alert");
        box.add(new H2(getTranslation(exercise.status() == CatalogStatus.AVOID ? "catalog.avoid.title"
                : "catalog.caution.title")), new Paragraph(exercise.statusReason()));
        if (exercise.alternative() != null) {
            var link = new RouterLink(exercise.alternative().name(), ExerciseView.class, exercise.alternative().id());
            box.add(new Paragraph(new Span(getTranslation("catalog.avoid.instead") + " "), link));
        }
        return box;
    }

    private Component steps(ExerciseDetails exercise) {
        var list = new OrderedList();
        exercise.steps().forEach(step -> list.add(new ListItem(step)));
        return list;
    }

    /** An exercise's moving figure, if the catalog has one; the SVG's own title says the same as the alt text. */
    private Optional<Image> figure(long id, String key, String name, Dosage dosage) {
        return figures.of(key).map(figure -> {
            var moving = new Image(ExerciseFigures.address(id, dosage),
                    getTranslation(figure.avoid() ? "catalog.figure.avoid" : "catalog.figure.alt", name));
            moving.addClassNames("exercise-figure", figure.avoid() ? "avoid" : "recommended");
            return moving;
        });
    }

    /** A clinic exercise shows the moving figure of a seeded exercise that looks like it, picked here. */
    private Component figurePicker(ExerciseDetails exercise) {
        var picker = new Select<String>();
        picker.setLabel(getTranslation("catalog.figure.pick"));
        picker.setHelperText(getTranslation("catalog.figure.pick-help"));
        picker.setItems(figures.toShowOnClinicExercises());
        picker.setEmptySelectionAllowed(true);
        picker.setEmptySelectionCaption(getTranslation("catalog.figure.none"));
        picker.setValue(exercise.figure());
        picker.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                catalog.showFigure(exercise.id(), change.getValue());
                show(catalog.get(exercise.id()));
            }
        });
        picker.addClassName("figure-picker");
        picker.setWidth("min(100%, 24rem)");
        return picker;
    }

    private Component image(ExerciseDetails exercise) {
        return new ExercisePicture(catalog, exercise.id(), exercise.name());
    }

    private Component section(String titleKey, Component content) {
        var section = new Div(new H2(getTranslation(titleKey)), content);
        section.addClassName("exercise-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
