package org.rehabit.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Optional;
import org.rehabit.adherence.domain.CheckIn;
import org.rehabit.adherence.domain.LogRecord;
import org.rehabit.adherence.domain.PainScale;
import org.rehabit.adherence.domain.ScheduleExpansion;
import org.rehabit.adherence.domain.SessionRecord;
import org.rehabit.adherence.domain.WeightCheck;
import org.rehabit.adherence.service.DayPlan;
import org.rehabit.adherence.service.PatientDays;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.messages.service.Conversations;
import org.rehabit.messages.ui.DayMessages;
import org.rehabit.patients.service.PatientAccess;
import org.rehabit.patients.ui.PatientsNavigation;
import org.rehabit.prescriptions.service.ItemDetails;
import org.rehabit.prescriptions.service.PrescriptionText;
import org.rehabit.security.AppRoles;

/**
 * One day of a patient's exercises in front of their therapist: the red-flag answers, each session's pain before and
 * after, every exercise that was due with what the patient recorded (done, partly, skipped and why, pain during, how
 * hard it felt), and the patient's messages of that day.
 */
@Route("progress/:patientId([0-9]{1,18})/day/:day")
@RolesAllowed(AppRoles.THERAPIST)
class PatientDayView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PatientDays days;
    private final Conversations conversations;
    private final PatientAccess access;
    private final Clock clock;
    private String title = "";

    PatientDayView(PatientDays days, Conversations conversations, PatientAccess access, Clock clock) {
        this.days = days;
        this.conversations = conversations;
        this.access = access;
        this.clock = clock;
        addClassName("patient-day-view");
        setMaxWidth("70rem");
    }

    /** A link to the page of {@code day} of the therapist's patient. */
    static RouterLink link(String text, long patientId, LocalDate day) {
        return new RouterLink(text, PatientDayView.class,
                new RouteParameters(new RouteParam("patientId", patientId), new RouteParam("day", day.toString())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getRouteParameters();
        try {
            var patientId = Long.parseLong(parameters.get("patientId").orElseThrow());
            var day = LocalDate.parse(parameters.get("day").orElseThrow());
            var name = access.myPatient(patientId).displayName();
            show(patientId, name, days.day(patientId, day));
        } catch (NumberFormatException | DateTimeParseException | RecordNotFoundException
                | InvalidInputException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(long patientId, String name, DayPlan plan) {
        removeAll();
        var day = plan.day();
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()).format(day);
        title = getTranslation("patient-day.title", name, date);
        var nav = new Div(new RouterLink(getTranslation("patient-day.to-progress"), ProgressView.class, patientId),
                link(getTranslation("today.previous-day"), patientId, day.minusDays(1)));
        if (day.isBefore(LocalDate.now(clock))) {
            nav.add(link(getTranslation("today.next-day"), patientId, day.plusDays(1)));
        }
        nav.addClassName("day-navigation");
        add(new ViewHeader(title), nav, checkIn(plan));
        if (plan.nothingScheduled()) {
            add(new Paragraph(getTranslation("patient-day.nothing-due")));
        }
        for (int round = 1; !plan.nothingScheduled() && round <= plan.rounds(); round++) {
            add(new H2(plan.rounds() == 1 ? getTranslation("patient-day.exercises")
                    : getTranslation("today.round-n", round, plan.rounds())));
            add(sessionPain(plan, round), exercises(plan, round));
        }
        add(new H2(getTranslation("patient-day.messages")), new DayMessages(conversations, patientId, day),
                new Div(PatientsNavigation.patientPage(getTranslation("patient-day.to-conversation"), patientId)));
    }

    private Component checkIn(DayPlan plan) {
        var answers = plan.checkIn();
        var text = new Paragraph();
        text.addClassName("day-check-in");
        if (answers.map(CheckIn::redFlag).orElse(false)) {
            var said = new ArrayList<String>();
            if (answers.get().severeNeckPain()) {
                said.add(getTranslation("patient-day.answer.neck"));
            }
            if (answers.get().armSymptoms()) {
                said.add(getTranslation("patient-day.answer.arms"));
            }
            text.setText(getTranslation("patient-day.red-flag", String.join("; ", said)));
            text.addClassNames("notice", "red-flag-advice");
        } else if (answers.isPresent()) {
            text.setText(getTranslation("patient-day.check-in-clear"));
        } else {
            text.setText(getTranslation(plan.today() ? "patient-day.check-in-not-yet" : "patient-day.check-in-none"));
        }
        return text;
    }

    private Component sessionPain(DayPlan plan, int round) {
        var session = plan.session(round);
        var none = getTranslation("patient-day.not-recorded");
        var before = session.map(s -> s.painBefore()).map(this::pain).orElse(none);
        var after = session.map(s -> s.painAfter()).map(this::pain).orElse(none);
        var text = new Paragraph(getTranslation("patient-day.session-pain", before, after));
        text.addClassName("session-pain");
        return text;
    }

    private Grid<Row> exercises(DayPlan plan, int round) {
        var painBefore = plan.session(round).map(SessionRecord::painBefore).orElse(null);
        var rows = plan.routines().stream().filter(routine -> routine.timesPerDay() >= round)
                .flatMap(routine -> ScheduleExpansion.checkable(routine.version()).stream())
                .map(item -> new Row(item, plan.log(item.id(), round), painBefore)).toList();
        var grid = new Grid<Row>();
        grid.addColumn(row -> row.item().exercise().name()).setHeader(getTranslation("progress.exercise"))
                .setKey("exercise")
                .setFlexGrow(2);
        grid.addColumn(row -> PrescriptionText.dosage(row.item().prescription(), this::getTranslation))
                .setHeader(getTranslation("patient-day.prescribed")).setKey("prescribed").setFlexGrow(2);
        grid.addColumn(row -> recorded(row, plan)).setHeader(getTranslation("patient-day.recorded")).setKey("recorded")
                .setFlexGrow(2);
        grid.addComponentColumn(this::painDuring).setHeader(getTranslation("patient-day.pain-during")).setKey("pain")
                .setAutoWidth(true);
        grid.addComponentColumn(this::difficulty).setHeader(getTranslation("progress.difficulty"))
                .setKey("difficulty").setAutoWidth(true);
        grid.setItems(rows);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String recorded(Row row, DayPlan plan) {
        if (row.log().isEmpty() || row.log().get().status() == null) {
            // today and yesterday can still be completed
            return getTranslation(plan.editable() ? "patient-day.not-yet" : "patient-day.not-recorded");
        }
        var log = row.log().get();
        var status = getTranslation("log.status." + log.status().name());
        return switch (log.status()) {
            case DONE -> status;
            case PARTLY -> getTranslation("patient-day.partly", getTranslation(
                    "today.part-done-of." + log.part().unit().name(), log.part().done(),
                    log.part().unit().prescribed(row.item().prescription().dosageOrNone())));
            case SKIPPED -> status + ": " + getTranslation("log.skip." + log.skipReason().name());
        };
    }

    /** How hard it felt, and "lower the weight" when its load was too heavy. */
    private Component difficulty(Row row) {
        var cell = new Span(row.log().map(LogRecord::difficulty)
                .map(difficulty -> getTranslation("log.difficulty." + difficulty.name())).orElse("–"));
        if (WeightCheck.tooHeavy(row.item(), row.log().orElse(null), row.painBefore())) {
            var flag = new Span(getTranslation("patient-day.lower-weight"));
            flag.getElement().getThemeList().add("badge contrast");
            cell.add(new Text(" "), flag);
        }
        return cell;
    }

    private Component painDuring(Row row) {
        var cell = new Span(row.log().map(LogRecord::pain).map(this::pain).orElse("–"));
        if (row.log().map(LogRecord::painFlag).orElse(false)) {
            var flag = new Span(getTranslation("patient-day.stop-rule"));
            flag.getElement().getThemeList().add("badge error");
            cell.add(new Text(" "), flag);
        }
        return cell;
    }

    private String pain(Integer score) {
        return score == null ? getTranslation("patient-day.not-recorded")
                : getTranslation("patient-day.pain", score, PainScale.MAX);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private record Row(ItemDetails item, Optional<LogRecord> log, Integer painBefore) {
    }
}
