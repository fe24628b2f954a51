package org.rehabit.messages.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.messages.domain.Message;
import org.rehabit.messages.domain.Messages;
import org.rehabit.patients.service.PatientAccess;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.domain.Role;
import org.rehabit.security.service.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's conversation with their care team. The patient and their therapist may read and write it; anyone
 * else gets "not found", as for an id that does not exist. Messages are kept as sent, read page by page (a
 * conversation of thousands opens as fast as one of five), marked read when the other side opens them, and a new
 * one is announced ({@link MessageSent}) for the notifications, which carry no text.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('PATIENT', 'THERAPIST')")
public class Conversations {

    /** The fields a refusal points at. */
    public enum MessageField { BODY }

    /** How many messages a page holds. */
    public static final int PAGE = 30;

    private final Messages messages;
    private final PatientAccess access;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Conversations(Messages messages, PatientAccess access, CurrentUser currentUser, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sends a message in the patient's conversation, as the signed-in patient or their therapist; sending again with
     * the same {@code clientKey} returns the message already sent.
     */
    public Message send(long patientId, String body, LocalDate aboutDay, Long aboutExercise, UUID clientKey) {
        access.check(patientId);
        var text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of(MessageField.BODY, "messages.body.required");
        }
        if (text.length() > Message.BODY_MAX_LENGTH) {
            throw InvalidInputException.of(MessageField.BODY, "messages.body.too-long", Message.BODY_MAX_LENGTH);
        }
        if (aboutExercise != null && messages.exerciseName(aboutExercise).isEmpty()) {
            throw new RecordNotFoundException("exercise", aboutExercise);
        }
        var me = currentUser.require();
        var fromPatient = me.role() == Role.PATIENT;
        var message = messages.send(patientId, me.accountId(), fromPatient, text, aboutDay, aboutExercise, clientKey,
                clock.instant());
        events.publishEvent(new MessageSent(message.id(), patientId, fromPatient));
        audit.record(AuditAction.SENT_MESSAGE, patientId, "message " + message.id());
        return message;
    }

    /**
     * A page of the conversation, newest first, older than {@code beforeId} (null: the newest); the other side's
     * messages in it count as read from now.
     */
    public List<Message> page(long patientId, Long beforeId) {
        access.check(patientId);
        var me = currentUser.require();
        var fromPatient = me.role() == Role.PATIENT;
        messages.markRead(patientId, !fromPatient, me.accountId(), clock.instant());
        var page = messages.page(patientId, beforeId, PAGE);
        if (!fromPatient && beforeId == null) {
            audit.viewed(AuditAction.VIEWED_MESSAGES, patientId, null);
        }
        return page;
    }

    /**
     * For the patient's day in front of the therapist: the messages about that day, or about no day and sent on it,
     * oldest first (at most {@link #PAGE}). Reading them here marks nothing read. Not read-only: a therapist's look
     * is audited.
     */
    @PreAuthorize("hasRole('THERAPIST')")
    public List<Message> ofDay(long patientId, LocalDate day) {
        access.check(patientId);
        var zone = clock.getZone();
        var messagesOfDay = messages.ofDay(patientId, day, day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant(), PAGE);
        audit.viewed(AuditAction.VIEWED_MESSAGES, patientId, day.toString());
        return messagesOfDay;
    }

    /** The name of an exercise of the catalog a message may be about; empty for an id the catalog does not have. */
    @Transactional(readOnly = true)
    public Optional<String> exerciseName(long exerciseId) {
        return messages.exerciseName(exerciseId);
    }

    /** The signed-in therapist's patients with unread messages, and how many each. */
    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional(readOnly = true)
    public Map<Long, Integer> unreadFromMyPatients() {
        return messages.unreadFromPatientsOf(currentUser.require().accountId());
    }

    /** How many messages from the care team the signed-in patient has not read. */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(readOnly = true)
    public int unreadForMe() {
        return messages.unreadByPatient(currentUser.require().accountId());
    }
}
