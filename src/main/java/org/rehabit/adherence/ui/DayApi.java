package org.rehabit.adherence.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.rehabit.adherence.domain.Difficulty;
import org.rehabit.adherence.domain.LogStatus;
import org.rehabit.adherence.domain.SkipReason;
import org.rehabit.adherence.service.ActionResult;
import org.rehabit.adherence.service.DayAction;
import org.rehabit.adherence.service.DayActions;
import org.rehabit.adherence.service.LogEntry;
import org.rehabit.adherence.service.SessionEntry;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in patient's day for the page drawn in the browser, version 1: {@code GET /api/v1/day/{date}} reads it
 * ({@link DayDocument}), {@code POST /api/v1/day/{date}/actions} applies what the patient did, each action once
 * under its key ({@link DayActions}), and answers with the day as it now stands. Only patients, only their own day; a malformed date or a day to come is "not
 * found". Nothing is kept in the HTTP cache: the page keeps its own copy for offline use.
 */
@RestController
@RequestMapping(DayApi.PATH)
@PreAuthorize("hasRole('PATIENT')")
class DayApi {

    static final String PATH = "/api/v1/day";
    /** At most this many actions in one request; a phone sends more in several. */
    static final int MAX_ACTIONS = 200;
    /** The response headers that tell the page how to send the CSRF token with its actions. */
    static final String CSRF_HEADER = "X-Rehabit-Csrf-Header";
    static final String CSRF_TOKEN = "X-Rehabit-Csrf-Token";

    private final DayDocuments documents;
    private final DayActions actions;
    private final MessageSource messages;
    private final Clock clock;

    DayApi(DayDocuments documents, DayActions actions, MessageSource messages, Clock clock) {
        this.documents = documents;
        this.actions = actions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/{date}")
    ResponseEntity<DayDocument> day(@PathVariable String date, Locale locale, CsrfToken csrf) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .header(CSRF_HEADER, csrf.getHeaderName()).header(CSRF_TOKEN, csrf.getToken())
                .body(documents.of(parse(date), locale));
    }

    @PostMapping("/{date}/actions")
    ResponseEntity<?> apply(@PathVariable String date, @RequestBody ActionsRequest request, Locale locale) {
        var day = parse(date);
        if (request.actions() == null || request.actions().isEmpty() || request.actions().size() > MAX_ACTIONS) {
            return problem(HttpStatus.BAD_REQUEST, "api.actions-count", locale, MAX_ACTIONS);
        }
        var toApply = request.actions().stream().map(ActionJson::toAction).toList();
        if (toApply.contains(null)) {
            return problem(HttpStatus.BAD_REQUEST, "api.action-unreadable", locale);
        }
        var results = actions.apply(day, toApply).stream().map(result -> ResultJson.of(result, messages, locale))
                .toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("results", results, "day", documents.of(day, locale)));
    }

    @ExceptionHandler(DayNotFound.class)
    ResponseEntity<?> notFound(Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "api.day-not-found", locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<?> unreadable(Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "api.action-unreadable", locale);
    }

    private ResponseEntity<?> problem(HttpStatus status, String key, Locale locale, Object... params) {
        return ResponseEntity.status(status).body(Map.of("message", messages.getMessage(key, params, locale)));
    }

    /** The day in the address; a malformed date or a day to come is "not found". */
    private LocalDate parse(String date) {
        try {
            var day = LocalDate.parse(date);
            if (day.isAfter(LocalDate.now(clock))) {
                throw new DayNotFound();
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new DayNotFound();
        }
    }

    /** A malformed date, or a day that has not come yet. */
    static class DayNotFound extends RuntimeException {
    }

    record ActionsRequest(List<ActionJson> actions) {
    }

    /**
     * One action as the page sends it: {@code type} is {@code check-in}, {@code exercise} or {@code session}; the
     * other fields as each needs.
     */
    record ActionJson(UUID key, String type, Integer round, Long itemId, LogStatus status, Integer partDone,
            SkipReason skipReason, Integer pain, Difficulty difficulty, Integer painBefore, Integer painAfter,
            String note, Boolean severeNeckPain, Boolean armSymptoms) {

        /** The action, or null when it lacks what its type needs. */
        DayAction toAction() {
            if (key == null || type == null) {
                return null;
            }
            return switch (type) {
                case "check-in" -> severeNeckPain == null || armSymptoms == null ? null
                        : new DayAction.CheckInAnswers(key, severeNeckPain, armSymptoms);
                case "exercise" -> round == null || itemId == null ? null
                        : new DayAction.ExerciseEntry(key, round, itemId,
                                new LogEntry(status, partDone, skipReason, pain, difficulty));
                case "session" -> round == null ? null
                        : new DayAction.SessionUpdate(key, round, new SessionEntry(painBefore, painAfter, note));
                default -> null;
            };
        }
    }

    /** What became of an action; {@code message} says why it was refused. */
    record ResultJson(UUID key, String result, boolean mustStop, boolean tooHeavy, String message) {

        static ResultJson of(ActionResult result, MessageSource messages, Locale locale) {
            var outcome = result.outcome();
            var problem = result.problem();
            return new ResultJson(result.key(), result.result().name(), outcome != null && outcome.mustStop(),
                    outcome != null && outcome.tooHeavy(), problem == null ? null
                            : messages.getMessage(problem.key(), problem.arguments().toArray(), locale));
        }
    }
}
