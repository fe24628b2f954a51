package org.rehabit.adherence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rehabit.adherence.domain.Difficulty;
import org.rehabit.adherence.domain.LogRecord;
import org.rehabit.adherence.domain.LogStatus;
import org.rehabit.adherence.domain.PartUnit;
import org.rehabit.adherence.domain.SkipReason;
import org.rehabit.adherence.service.LogEntry;
import org.rehabit.adherence.service.LogOutcome;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.ExerciseKind;
import org.rehabit.catalog.domain.Side;
import org.rehabit.prescriptions.service.ItemDetails;
import org.rehabit.prescriptions.service.PrescriptionText;

/**
 * One prescribed exercise of the day: how much and how, what to watch for, a follow-along timer for holds, and the
 * patient's record of it (done, partly done or skipped; pain during it; how hard it felt). Each tap saves at once.
 */
class ExerciseCard extends Composite<Div> {

    private final ItemDetails item;
    private final SerializableFunction<LogEntry, LogOutcome> save;
    private final Div stop = new Div();
    private final Span saved = new Span();
    private final Div restAdvice = new Div();
    private final Div lowerWeight = new Div();
    private FollowAlongTimer timer;
    private Div timerBox;
    private ChoiceChips<LogStatus> status;
    private PartField part;
    private ChoiceChips<SkipReason> reasons;
    private PainField pain;
    private ChoiceChips<Difficulty> difficulty;
    private Div partBox;
    private Div reasonsBox;

    /**
     * @param picture the exercise's picture, or null
     * @param log what was recorded so far, or null
     * @param tooHeavy the load was too heavy in what was recorded: say to lower it
     * @param save records an entry, answering null when it refused it; null when the day can no longer be changed
     * @param followAlong whether to offer the timer (today's exercises, not a day being completed afterwards)
     * @param actions what other features offer on the card (asking about the exercise)
     */
    ExerciseCard(ItemDetails item, Component picture, LogRecord log, boolean tooHeavy,
            SerializableFunction<LogEntry, LogOutcome> save, boolean followAlong, List<Component> actions) {
        this.item = item;
        this.save = save;
        var card = getContent();
        card.addClassName("exercise-card");
        var exercise = item.exercise();
        card.add(new H3(exercise.name()));
        if (picture != null) {
            card.add(picture);
        }
        if (exercise.kind() == ExerciseKind.EDUCATION) {
            card.addClassName("advice");
            card.add(new Paragraph(exercise.summary()), steps());
            return;
        }
        var dosage = new Paragraph(PrescriptionText.dosage(item.prescription(), this::getTranslation));
        dosage.addClassName("dosage");
        card.add(dosage);
        if (item.prescription().note() != null) {
            card.add(labelled("today.note-from-therapist", item.prescription().note(), "therapist-note"));
        }
        if (exercise.status() == CatalogStatus.CAUTION && exercise.statusReason() != null) {
            card.add(labelled("today.take-care", exercise.statusReason(), "caution"));
        }
        if (exercise.cautions() != null) {
            card.add(labelled("today.take-care", exercise.cautions(), "caution"));
        }
        if (exercise.stopIf() != null) {
            card.add(labelled("today.stop-if", exercise.stopIf(), "stop-if"));
        }
        var how = new Details(getTranslation("today.how-to"), new Paragraph(exercise.summary()), steps());
        how.addClassName("how-to");
        card.add(how);
        actions.forEach(card::add);
        if (followAlong && save != null) {
            timerBox = timerBox().orElse(null);
            if (timerBox != null) {
                card.add(timerBox);
            }
        }
        stop.addClassName("stop-now");
        stop.setVisible(false);
        stop.getElement().setAttribute("role", "alert");
        saved.addClassName("saved");
        restAdvice.add(new Paragraph(getTranslation("today.rest-advice")),
                new Paragraph(getTranslation("today.rest-advice-bed")));
        restAdvice.addClassNames("notice", "rest-advice");
        restAdvice.setVisible(skippedForPain(log));
        lowerWeight.addClassNames("notice", "lower-weight");
        var load = item.prescription().load();
        if (load != null) {
            var unit = getTranslation("load.unit." + load.unit().name());
            lowerWeight.add(new Paragraph(load.lower()
                    .map(lighter -> getTranslation("today.lower-weight-to", PrescriptionText.load(lighter), unit,
                            PrescriptionText.load(load)))
                    .orElse(getTranslation("today.lower-weight-none"))),
                    new Paragraph(getTranslation("today.lower-weight-signs")));
        }
        lowerWeight.setVisible(tooHeavy);
        card.add(record(log), stop, restAdvice, lowerWeight, saved);
        if (log != null && log.painFlag()) {
            showStop();
        }
    }

    private Div record(LogRecord log) {
        var dosage = item.prescription().dosageOrNone();
        var unit = PartUnit.of(dosage);
        var choices = unit.isPresent() ? List.of(LogStatus.values()) : List.of(LogStatus.DONE, LogStatus.SKIPPED);
        status = new ChoiceChips<>(getTranslation("today.how-did-it-go"), choices,
                s -> getTranslation("log.status." + s.name()), this::statusPicked);
        partBox = new Div();
        unit.ifPresent(partUnit -> {
            part = new PartField(partUnit, partUnit.prescribed(dosage), n -> send(LogEntry.partly(n)));
            partBox.add(part);
        });
        reasons = new ChoiceChips<>(getTranslation("today.skip-why"), Arrays.asList(SkipReason.values()),
                r -> getTranslation("log.skip." + r.name()), r -> send(LogEntry.skipped(r)));
        pain = new PainField(getTranslation("today.pain-during"), p -> send(LogEntry.painDuring(p)));
        difficulty = new ChoiceChips<>(getTranslation("today.difficulty"), Arrays.asList(Difficulty.values()),
                d -> getTranslation("log.difficulty." + d.name()),
                d -> send(new LogEntry(null, null, null, null, d)));
        reasonsBox = labelledChips("today.skip-why", reasons);
        var difficultyBox = labelledChips("today.difficulty", difficulty);
        partBox.setVisible(false);
        reasonsBox.setVisible(false);
        var box = new Div(status, partBox, reasonsBox, pain, difficultyBox);
        box.addClassName("log-entry");
        if (log != null) {
            status.show(log.status());
            if (part != null && log.part() != null) {
                part.show(log.part().done());
            }
            reasons.show(log.skipReason());
            pain.show(log.pain());
            difficulty.show(log.difficulty());
            partBox.setVisible(log.status() == LogStatus.PARTLY);
            reasonsBox.setVisible(log.status() == LogStatus.SKIPPED);
        }
        if (save == null) {
            status.setReadOnly(true);
            if (part != null) {
                part.setReadOnly(true);
            }
            reasons.setReadOnly(true);
            pain.setReadOnly(true);
            difficulty.setReadOnly(true);
        }
        return box;
    }

    /** Done saves at once; partly done and skipped wait for how much was done or the reason. */
    private boolean statusPicked(LogStatus picked) {
        if (picked == LogStatus.DONE && !send(LogEntry.done())) {
            return false;
        }
        partBox.setVisible(picked == LogStatus.PARTLY);
        reasonsBox.setVisible(picked == LogStatus.SKIPPED);
        if (picked != LogStatus.DONE) {
            saved.setText(getTranslation(picked == LogStatus.PARTLY ? "today.pick-part" : "today.pick-reason"));
        }
        return true;
    }

    private boolean send(LogEntry entry) {
        var outcome = save.apply(entry);
        if (outcome == null) {
            return false;
        }
        saved.setText(getTranslation("today.saved"));
        restAdvice.setVisible(skippedForPain(outcome.log()));
        lowerWeight.setVisible(outcome.tooHeavy());
        if (outcome.mustStop()) {
            showStop();
        }
        return true;
    }

    /** Skipped for pain: the advice on rest shows right here, beside the exercise. */
    private static boolean skippedForPain(LogRecord log) {
        return log != null && log.status() == LogStatus.SKIPPED && log.skipReason() == SkipReason.PAIN;
    }

    /** The stop rule: say so, and take the timer away (with its "Mark it done"): this exercise is over for today. */
    private void showStop() {
        if (timer != null) {
            timer.reset();
        }
        if (timerBox != null) {
            timerBox.setVisible(false);
        }
        stop.removeAll();
        stop.add(new Paragraph(getTranslation(item.stopRule().neck() ? "today.stop-now-neck" : "today.stop-now")),
                new Paragraph(getTranslation("today.stop-now-flagged")));
        stop.setVisible(true);
    }

    /**
     * The follow-along timer for any exercise with a dose: holds, repetitions at a pace, or minutes. When it ends,
     * "Mark it done" saves in one tap; "It hurts, stop" pauses it and asks the pain score right here, which the stop
     * rule then judges like any other.
     */
    private Optional<Div> timerBox() {
        var dosage = item.prescription().dosageOrNone();
        if (dosage.isEmpty()) {
            return Optional.empty();
        }
        var box = new Div();
        box.addClassName("timer-box");
        var open = new Button(getTranslation("today.follow-along"), VaadinIcon.TIMER.create());
        open.addClassName("follow-along");
        open.addClickListener(click -> {
            timer = timerFor(dosage);
            var markDone = new Button(getTranslation("timer.mark-done"), VaadinIcon.CHECK.create());
            markDone.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            markDone.addClassName("timer-mark-done");
            markDone.setVisible(false);
            markDone.addClickListener(done -> {
                if (send(LogEntry.done())) {
                    status.show(LogStatus.DONE);
                    partBox.setVisible(false);
                    reasonsBox.setVisible(false);
                    markDone.setVisible(false);
                }
            });
            var hurts = new Div(new PainField(getTranslation("timer.hurts-question"), score -> {
                if (!send(LogEntry.painDuring(score))) {
                    return false;
                }
                pain.show(score);
                return true;
            }), new Paragraph(getTranslation("timer.hurts-go-on")));
            hurts.addClassName("timer-hurts");
            hurts.setVisible(false);
            timer.addFinishedListener(done -> markDone.setVisible(true));
            timer.addHurtsListener(hurt -> hurts.setVisible(true));
            box.replace(open, timer);
            box.add(markDone, hurts);
        });
        box.add(open);
        return Optional.of(box);
    }

    private FollowAlongTimer timerFor(Dosage dosage) {
        if (dosage.minutes() != null) {
            return FollowAlongTimer.minutes(dosage.minutes());
        }
        var sets = dosage.sets() == null ? 1 : dosage.sets();
        var reps = dosage.reps() == null ? 1 : dosage.reps();
        var sides = dosage.side() == Side.BOTH;
        var rest = item.prescription().restSeconds() == null ? 0 : item.prescription().restSeconds();
        return dosage.holdSeconds() != null && dosage.holdSeconds() > 0
                ? FollowAlongTimer.holds(sets, reps, dosage.holdSeconds(), sides, rest)
                : FollowAlongTimer.repetitions(sets, reps, sides, rest);
    }

    private OrderedList steps() {
        var list = new OrderedList();
        item.exercise().steps().forEach(step -> list.add(new ListItem(step)));
        return list;
    }

    private Div labelled(String labelKey, String text, String className) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        var box = new Div(label, new Span(" " + text));
        box.addClassName(className);
        return box;
    }

    private Div labelledChips(String labelKey, ChoiceChips<?> chips) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        return new Div(label, chips);
    }
}
