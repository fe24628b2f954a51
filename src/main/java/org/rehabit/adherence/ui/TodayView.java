package org.rehabit.adherence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.rehabit.adherence.domain.WeightCheck;
import org.rehabit.adherence.service.DayPlan;
import org.rehabit.adherence.service.DayRoutine;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.ui.DownloadLink;
import org.rehabit.base.ui.ExerciseCardAction;
import org.rehabit.base.ui.Formats;
import org.rehabit.base.ui.Notifications;
import org.rehabit.base.ui.ProblemText;
import org.rehabit.base.ui.TodayLink;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.catalog.ui.ExercisePicture;
import org.rehabit.clinic.service.ClinicService;
import org.rehabit.clinic.ui.ClinicContact;
import org.rehabit.prescriptions.service.ItemDetails;
import org.rehabit.prescriptions.service.PrescriptionText;
import org.rehabit.prescriptions.service.RoutineService;
import org.rehabit.prescriptions.service.RoutineState;
import org.rehabit.security.AppRoles;
import org.rehabit.security.CurrentUser;

/**
 * The patient's home, made for a phone: the red-flag check-in, then the day's exercises to follow and check off,
 * with pain before and after. {@code today/<date>} shows an earlier day; only yesterday can still be completed.
 */
@Route("today")
@Menu(title = "nav.today", order = 10, icon = "vaadin:calendar-user")
@RolesAllowed(AppRoles.PATIENT)
class TodayView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    private final CurrentUser currentUser;
    private final PatientDayService days;
    private final RoutineService routines;
    private final CatalogService catalog;
    private final List<TodayLink> links;
    private final List<ExerciseCardAction> cardActions;
    private final ClinicService clinic;
    private final Clock clock;
    private LocalDate day;
    private int round = 1;

    TodayView(CurrentUser currentUser, PatientDayService days, RoutineService routines, CatalogService catalog,
            List<TodayLink> links, List<ExerciseCardAction> cardActions, ClinicService clinic, Clock clock) {
        this.links = links;
        this.clinic = clinic;
        this.cardActions = cardActions;
        this.currentUser = currentUser;
        this.days = days;
        this.routines = routines;
        this.catalog = catalog;
        this.clock = clock;
        addClassName("today-view");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String date) {
        var today = LocalDate.now(clock);
        try {
            day = date == null ? today : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new NotFoundException("No day " + date);
        }
        if (day.isAfter(today)) {
            throw new NotFoundException("Day " + day + " has not come yet");
        }
        round = 1;
        render();
    }

    private void render() {
        removeAll();
        var today = LocalDate.now(clock);
        add(new ViewHeader(title(today)), navigation(today));
        if (day.equals(today)) {
            add(new Paragraph(getTranslation("today.greeting", currentUser.require().displayName())));
        }
        var plan = days.day(day);
        if (plan.nothingScheduled()) {
            add(notice("rest-day", getTranslation("today.nothing-scheduled")));
        } else if (plan.blocked()) {
            add(blocked());
        } else if (plan.needsCheckIn()) {
            add(checkIn());
        } else {
            exercises(plan);
        }
        handouts();
    }

    private CheckInCard checkIn() {
        return new CheckInCard((neck, arms) -> {
            if (call(() -> days.checkIn(neck, arms)) != null) {
                render();
            }
        });
    }

    private void exercises(DayPlan plan) {
        if (!plan.editable()) {
            add(notice("read-only", getTranslation("today.read-only")));
        }
        if (plan.today()) {
            var symptoms = new Button(getTranslation("today.new-symptoms"), VaadinIcon.EXCLAMATION_CIRCLE_O.create());
            symptoms.addClassName("new-symptoms");
            symptoms.addClickListener(click -> replace(symptoms, checkIn()));
            add(symptoms);
        }
        if (plan.rounds() > 1) {
            var rounds = new ChoiceChips<>(getTranslation("today.round"),
                    IntStream.rangeClosed(1, plan.rounds()).boxed().toList(),
                    n -> getTranslation("today.round-n", n, plan.rounds()), n -> {
                        round = n;
                        render();
                        return true;
                    });
            rounds.show(round);
            add(rounds);
        }
        var session = plan.session(round).orElse(null);
        add(new SessionCard(SessionCard.Part.BEFORE, session, plan.editable()
                ? entry -> call(() -> days.recordSession(day, round, entry)) : null));
        for (var routine : plan.routines()) {
            add(routineHeading(routine));
            if (round > routine.timesPerDay()) {
                add(new Paragraph(getTranslation("today.round-not-in-routine")));
                continue;
            }
            for (var item : routine.items()) {
                var log = plan.log(item.id(), round).orElse(null);
                var tooHeavy = WeightCheck.tooHeavy(item, log, session == null ? null : session.painBefore());
                add(new ExerciseCard(item, picture(item), log, tooHeavy, plan.editable()
                        ? entry -> call(() -> days.record(day, round, item.id(), entry))
                        : null, plan.today(),
                        cardActions.stream()
                                .map(action -> action.create(item.exercise().id(), day)).toList()));
            }
        }
        add(new SessionCard(SessionCard.Part.AFTER, session, plan.editable()
                ? entry -> call(() -> days.recordSession(day, round, entry)) : null));
    }

    private Image picture(ItemDetails item) {
        return item.exercise().hasImage()
                ? new ExercisePicture(catalog, item.exercise().id(), item.exercise().name()) : null;
    }

    private Component routineHeading(DayRoutine routine) {
        var version = routine.version();
        var heading = new Div(new H2(version.name()));
        heading.addClassName("routine-heading");
        var schedule = PrescriptionText.schedule(version.schedule(), this::getTranslation);
        if (!version.schedule().fixedDays()) {
            schedule = getTranslation("today.days-this-week", schedule, routine.activeDaysThisWeek());
        }
        heading.add(new Paragraph(schedule));
        return heading;
    }

    private Component blocked() {
        var box = notice("blocked", getTranslation("today.blocked"));
        box.getElement().setAttribute("role", "alert");
        box.add(new Paragraph(getTranslation("today.blocked-contact")), new ClinicContact(clinic),
                new Paragraph(getTranslation("today.blocked-emergency")),
                new Paragraph(getTranslation("today.blocked-told")));
        return box;
    }

    private Component navigation(LocalDate today) {
        var nav = new Div();
        nav.addClassName("day-navigation");
        nav.add(new RouterLink(getTranslation("today.previous-day"), TodayView.class, day.minusDays(1).toString()));
        if (day.isBefore(today)) {
            nav.add(AdherenceNavigation.day(getTranslation("today.next-day"), day.plusDays(1), today));
        }
        links.forEach(link -> nav.add(link.create()));
        return nav;
    }

    private void handouts() {
        var mine = routines.myRoutines().stream().filter(r -> r.state() != RoutineState.ENDED).toList();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("today.no-routine")));
            return;
        }
        var locale = getLocale();
        var list = new Div();
        list.addClassName("handouts");
        for (var routine : mine) {
            list.add(DownloadLink.of(getTranslation("today.handout-of", routine.name()),
                    "routine-" + routine.id() + ".pdf", "application/pdf",
                    () -> routines.handout(routine.id(), locale)));
        }
        add(list);
    }

    /** Runs a save; a refusal is shown and answered with null, so the card keeps its last saved look. */
    private <T> T call(Supplier<T> save) {
        try {
            return save.get();
        } catch (InvalidInputException e) {
            Notifications.error(e.problems().values().stream().findFirst().map(problem -> ProblemText.of(this, problem))
                    .orElse(""));
            return null;
        }
    }

    private Div notice(String className, String text) {
        var box = new Div(new Paragraph(text));
        box.addClassNames("notice", className);
        return box;
    }

    private String title(LocalDate today) {
        if (day.equals(today)) {
            return getTranslation("today.title");
        }
        if (day.equals(today.minusDays(1))) {
            return getTranslation("today.yesterday");
        }
        return Formats.date(day, getLocale(), "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("today.title");
    }
}
