package org.rehabit.prescriptions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import org.rehabit.base.ui.PatientPageSection;
import org.rehabit.prescriptions.service.RoutineService;
import org.rehabit.prescriptions.service.TemplateService;
import org.springframework.core.annotation.Order;

/** The routines section of a patient's page: each routine with its state, and the way to start a new one. */
@org.springframework.stereotype.Component
@Order(10)
class PatientRoutines implements PatientPageSection {

    private final RoutineService routines;
    private final TemplateService templates;

    PatientRoutines(RoutineService routines, TemplateService templates) {
        this.routines = routines;
        this.templates = templates;
    }

    @Override
    public Component create(long patientId) {
        var section = new Div();
        section.addClassName("patient-routines");
        var text = new RoutineText(section);
        var add = new Button(section.getTranslation("routine.new"), VaadinIcon.PLUS.create(),
                click -> new NewRoutineDialog(patientId, templates.templates()).open());
        section.add(new H2(section.getTranslation("routine.routines")), add);
        var list = routines.routinesOf(patientId);
        if (list.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("routine.none-yet")));
        }
        for (var routine : list) {
            var line = new Div(new RouterLink(routine.name(), RoutineView.class, routine.id()),
                    text.state(routine.state()), new Span(section.getTranslation("routine.list-line",
                            text.date(routine.startDate()), text.date(routine.endDate()), routine.versions())));
            line.addClassName("routine-line");
            section.add(line);
        }
        return section;
    }
}
