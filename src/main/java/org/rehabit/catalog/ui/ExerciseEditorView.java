package org.rehabit.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rehabit.base.service.ConcurrentEditException;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.base.ui.Notifications;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.catalog.service.ExerciseDetails;
import org.rehabit.security.AppRoles;

/** Adds a clinic exercise ({@code catalog/edit}) or edits one ({@code catalog/edit/<id>}). */
@Route("catalog/edit")
@RolesAllowed({AppRoles.THERAPIST, AppRoles.ADMIN})
class ExerciseEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CatalogService catalog;
    private final ExerciseForm form = new ExerciseForm();
    private final HorizontalLayout actions;
    private ExerciseDetails editing;

    ExerciseEditorView(CatalogService catalog) {
        this.catalog = catalog;
        var save = new Button(getTranslation("catalog.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("cancel"), click -> close(editing == null ? null : editing.id()));
        actions = new HorizontalLayout(cancel, save);
        add(form);
        setMaxWidth("60rem");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        form.offerAlternatives(catalog.alternatives().stream().filter(option -> id == null || option.id() != id)
                .toList());
        if (id == null) {
            addComponentAsFirst(new ViewHeader(getTranslation("catalog.new"), actions));
            form.startNew();
            return;
        }
        try {
            editing = catalog.get(id);
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!editing.editable()) {
            // Seeded items are read-only for therapists: show the item instead of a form they cannot save.
            event.forwardTo(ExerciseView.class, id);
            return;
        }
        addComponentAsFirst(new ViewHeader(getTranslation("catalog.edit.title", editing.name()), actions));
        if (editing.hasImage()) {
            form.image().offerRemoval(() -> {
                catalog.removeImage(editing.id());
                Notifications.info(getTranslation("catalog.image.removed"));
            });
        }
        form.fill(editing);
    }

    private void save() {
        var draft = form.draft();
        try {
            var saved = form.submit(() -> {
                if (editing == null) {
                    close(catalog.create(draft, form.image().picked()));
                } else {
                    catalog.update(editing.id(), editing.version(), draft, form.image().picked());
                    close(editing.id());
                }
            });
            if (!saved) {
                Notifications.warning(getTranslation("catalog.fix-errors"));
            }
        } catch (ConcurrentEditException e) {
            Notifications.error(getTranslation("catalog.conflict"));
        }
    }

    private void close(Long id) {
        getUI().ifPresent(ui -> {
            if (id == null) {
                ui.navigate(CatalogView.class);
            } else {
                ui.navigate(ExerciseView.class, id);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "catalog.new" : "catalog.edit");
    }
}
