package org.rehabit.adherence.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.rehabit.adherence.domain.Difficulty;
import org.rehabit.adherence.domain.LogRecord;
import org.rehabit.adherence.domain.LogStatus;
import org.rehabit.adherence.domain.PartUnit;
import org.rehabit.adherence.domain.SkipReason;
import org.rehabit.adherence.domain.WeightCheck;
import org.rehabit.adherence.service.DayPlan;
import org.rehabit.adherence.service.DayRoutine;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.adherence.ui.DayDocument.Choice;
import org.rehabit.adherence.ui.DayDocument.Item;
import org.rehabit.adherence.ui.DayDocument.Link;
import org.rehabit.base.service.Translator;
import org.rehabit.base.ui.ExerciseCardAction;
import org.rehabit.base.ui.Formats;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.ExerciseKind;
import org.rehabit.catalog.domain.Side;
import org.rehabit.catalog.service.ExerciseFigures;
import org.rehabit.catalog.service.ExerciseVideos;
import org.rehabit.clinic.service.ClinicService;
import org.rehabit.clinic.ui.ClinicContact;
import org.rehabit.prescriptions.service.ItemDetails;
import org.rehabit.prescriptions.service.PrescriptionText;
import org.rehabit.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the signed-in patient's day as a {@link DayDocument}, in the patient's language: for the page's first
 * drawing and for {@code GET /api/v1/day/{date}}. What is shown, and in which words, is decided here; the browser
 * only draws it.
 */
@Component
class DayDocuments {

    /** The texts the page needs beyond each exercise's own, by translation key. */
    private static final List<String> TEXTS = List.of("today.new-symptoms", "today.round", "today.round-not-in-routine",
            "today.how-to", "today.follow-along",
            "today.how-did-it-go", "today.skip-why", "today.pain-during", "today.difficulty", "today.pick-part",
            "today.part-save", "today.pick-reason", "today.saved", "today.stop-now", "today.stop-now-neck",
            "today.stop-now-flagged", "today.rest-advice", "today.rest-advice-bed", "today.note-from-therapist",
            "today.take-care", "today.stop-if", "today.saved-on-phone", "today.not-saved",
            "today.offline", "today.sign-in-again", "today.offline-copy", "today.no-copy", "day.part-range",
            "pain.anchor-low",
            "pain.anchor-high", "session.pain-before", "session.pain-after", "session.note", "session.save-note",
            "session.note-saved", "check-in.title", "check-in.intro", "check-in.severe-neck-pain",
            "check-in.arm-symptoms", "check-in.yes", "check-in.no", "check-in.continue", "check-in.answer-both",
            "timer.start", "timer.pause", "timer.resume", "timer.reset", "timer.get-ready", "timer.hold",
            "timer.relax", "timer.move", "timer.keep-going", "timer.hurts", "timer.pace", "timer.rest",
            "timer.set-of", "timer.rep-of", "timer.seconds", "timer.left", "timer.right", "timer.finished",
            "timer.mark-done", "timer.hurts-question", "timer.hurts-go-on");
    /** Up to this many amounts of a partly done exercise are offered as chips; beyond, a number to type. */
    static final int PART_CHIPS_AT_MOST = 12;
    /** Seconds per repetition the timer counts at, unless the patient picks another tempo. */
    static final int PACE_SECONDS = 3;

    private final PatientDayService days;
    private final CurrentUser currentUser;
    private final ClinicService clinic;
    private final List<ExerciseCardAction> cardActions;
    private final ExerciseFigures figures;
    private final ExerciseVideos videos;
    private final MessageSource messages;
    private final Clock clock;

    DayDocuments(PatientDayService days, CurrentUser currentUser, ClinicService clinic,
            List<ExerciseCardAction> cardActions, ExerciseFigures figures, ExerciseVideos videos,
            MessageSource messages, Clock clock) {
        this.figures = figures;
        this.videos = videos;
        this.days = days;
        this.currentUser = currentUser;
        this.clinic = clinic;
        this.cardActions = cardActions;
        this.messages = messages;
        this.clock = clock;
    }

    DayDocument of(LocalDate day, Locale locale) {
        Translator text = (key, params) -> messages.getMessage(key, params, locale);
        var plan = days.day(day);
        var today = LocalDate.now(clock);
        var texts = new LinkedHashMap<String, String>();
        TEXTS.forEach(key -> texts.put(key, text.translate(key)));
        if (plan.nothingScheduled()) {
            texts.put("today.nothing-scheduled", text.translate("today.nothing-scheduled"));
        }
        if (!plan.editable()) {
            texts.put("today.read-only", text.translate("today.read-only"));
        }
        Stream.of(Stream.of(LogStatus.values()).map(s -> "log.status." + s),
                Stream.of(SkipReason.values()).map(r -> "log.skip." + r),
                Stream.of(Difficulty.values()).map(d -> "log.difficulty." + d)).flatMap(keys -> keys)
                .forEach(key -> texts.put(key, text.translate(key)));
        var rounds = IntStream.rangeClosed(1, plan.rounds())
                .mapToObj(n -> new Choice(Integer.toString(n), text.translate("today.round-n", n, plan.rounds())))
                .toList();
        return new DayDocument(DayDocument.VERSION, currentUser.require().accountId(), day.toString(), plan.today(),
                plan.editable(), state(plan), title(day, today, locale, text), texts,
                blocked(text), rounds,
                plan.routines().stream().map(routine -> routine(routine, day, text)).toList(),
                plan.sessions().stream().map(s -> new DayDocument.Session(s.round(), s.painBefore(), s.painAfter(),
                        s.note())).toList(),
                plan.logs().stream().map(log -> log(plan, log)).toList());
    }

    private static String state(DayPlan plan) {
        if (plan.nothingScheduled()) {
            return "rest";
        }
        if (plan.blocked()) {
            return "blocked";
        }
        return plan.needsCheckIn() ? "check-in" : "exercises";
    }

    static String title(LocalDate day, LocalDate today, Locale locale, Translator text) {
        if (day.equals(today)) {
            return text.translate("today.title");
        }
        if (day.equals(today.minusDays(1))) {
            return text.translate("today.yesterday");
        }
        return Formats.date(day, locale, "");
    }

    private List<Link> blocked(Translator text) {
        var lines = new ArrayList<Link>();
        lines.add(new Link(text.translate("today.blocked"), null, "blocked-title"));
        lines.add(new Link(text.translate("today.blocked-contact"), null, null));
        ClinicContact.lines(clinic.profile(), text)
                .forEach(line -> lines.add(new Link(line.text(), line.href(), line.className())));
        lines.add(new Link(text.translate("today.blocked-emergency"), null, null));
        lines.add(new Link(text.translate("today.blocked-told"), null, null));
        return lines;
    }

    private DayDocument.Routine routine(DayRoutine routine, LocalDate day, Translator text) {
        var version = routine.version();
        var schedule = PrescriptionText.schedule(version.schedule(), text);
        if (!version.schedule().fixedDays()) {
            schedule = text.translate("today.days-this-week", schedule, routine.activeDaysThisWeek());
        }
        return new DayDocument.Routine(version.name(), schedule, routine.timesPerDay(),
                routine.items().stream().map(item -> item(item, day, text)).toList());
    }

    private Item item(ItemDetails item, LocalDate day, Translator text) {
        var exercise = item.exercise();
        var prescription = item.prescription();
        var dosage = prescription.dosageOrNone();
        var advice = exercise.kind() == ExerciseKind.EDUCATION;
        var cautions = new ArrayList<String>();
        if (exercise.status() == CatalogStatus.CAUTION && exercise.statusReason() != null) {
            cautions.add(exercise.statusReason());
        }
        if (exercise.cautions() != null) {
            cautions.add(exercise.cautions());
        }
        var unit = PartUnit.of(dosage);
        var rule = item.stopRule();
        return new Item(item.id(), exercise.id(), exercise.name(), advice, exercise.summary(), exercise.steps(),
                advice ? null : PrescriptionText.dosage(prescription, text), prescription.note(), cautions,
                exercise.stopIf(), exercise.hasImage() ? "api/v1/exercises/" + exercise.id() + "/picture" : null,
                figures.of(exercise.figure()).map(figure -> new DayDocument.Figure(
                        ExerciseFigures.address(exercise.id(), dosage), text.translate(
                                figure.avoid() ? "catalog.figure.avoid" : "catalog.figure.alt", exercise.name())))
                        .orElse(null),
                exercise.hasVideo() ? video(exercise.id(), exercise.name(), text) : null,
                unit.map(u -> part(u, u.prescribed(dosage), text)).orElse(null),
                new DayDocument.StopLimits(rule.stopAt(), rule.stopRise(), rule.neck()), lowerWeight(item, text),
                advice || dosage.isEmpty() ? null : timer(item, dosage),
                cardActions.stream().map(action -> action.create(exercise.id(), day, text))
                        .map(link -> new Link(link.text(), link.href(), link.className())).toList());
    }

    private DayDocument.Video video(long exerciseId, String name, Translator text) {
        return videos.video(exerciseId).map(video -> {
            var base = "api/v1/exercises/" + exerciseId + "/video";
            var version = "?v=" + video.id();
            return new DayDocument.Video(base + version, video.hasPoster() ? base + "/poster" + version : null,
                    video.hasCaptions() ? new DayDocument.Captions(base + "/captions.vtt" + version,
                            text.translate("catalog.video.captions")) : null,
                    text.translate("catalog.video.label", name));
        }).orElse(null);
    }

    private static DayDocument.Part part(PartUnit unit, int prescribed, Translator text) {
        var chips = prescribed - 1 <= PART_CHIPS_AT_MOST
                ? IntStream.range(1, prescribed).mapToObj(n -> new Choice(Integer.toString(n),
                        text.translate("today.part-done-of." + unit.name(), n, prescribed))).toList()
                : null;
        return new DayDocument.Part(text.translate("today.part-done." + unit.name()), prescribed, chips,
                text.translate("today.part-done-of-total." + unit.name(), prescribed));
    }

    /** What to say when the load is too heavy: the next lower load, and the signs. */
    private static List<String> lowerWeight(ItemDetails item, Translator text) {
        var load = item.prescription().load();
        if (load == null) {
            return null;
        }
        var unit = text.translate("load.unit." + load.unit().name());
        return List.of(load.lower().map(lighter -> text.translate("today.lower-weight-to",
                PrescriptionText.load(lighter), unit, PrescriptionText.load(load)))
                .orElse(text.translate("today.lower-weight-none")), text.translate("today.lower-weight-signs"));
    }

    /** Holds, repetitions at a pace, or minutes. */
    private static DayDocument.Timer timer(ItemDetails item, Dosage dosage) {
        var rest = item.prescription().restSeconds() == null ? 0 : item.prescription().restSeconds();
        if (dosage.minutes() != null) {
            return new DayDocument.Timer("time", 1, 1, null, dosage.minutes(), false, 0, null);
        }
        var sets = dosage.sets() == null ? 1 : dosage.sets();
        var reps = dosage.reps() == null ? 1 : dosage.reps();
        var sides = dosage.side() == Side.BOTH;
        return dosage.holdSeconds() != null && dosage.holdSeconds() > 0
                ? new DayDocument.Timer("hold", sets, reps, dosage.holdSeconds(), null, sides, rest, null)
                : new DayDocument.Timer("reps", sets, reps, null, null, sides, rest, PACE_SECONDS);
    }

    private static DayDocument.Log log(DayPlan plan, LogRecord log) {
        var painBefore = plan.session(log.round()).map(s -> s.painBefore()).orElse(null);
        var item = plan.routines().stream().flatMap(routine -> routine.items().stream())
                .filter(candidate -> candidate.id() == log.itemId()).findFirst();
        return new DayDocument.Log(log.itemId(), log.round(), name(log.status()),
                log.part() == null ? null : log.part().done(), name(log.skipReason()), log.pain(),
                name(log.difficulty()), log.painFlag(),
                item.map(details -> WeightCheck.tooHeavy(details, log, painBefore)).orElse(false));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
