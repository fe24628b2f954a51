package org.rehabit.notifications.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.rehabit.clinic.service.ClinicProfileChanged;
import org.rehabit.clinic.service.ClinicService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.HtmlUtils;

/**
 * E-mails from the translation files, with the clinic's name (from its profile) and a link into the portal. They
 * carry no health details: what happened stays behind the sign-in at the end of the link.
 */
@Component
class MailTexts {

    /** How long the clinic's name is used before it is read again: a reminder sweep writes thousands of mails. */
    static final Duration NAME_KEPT = Duration.ofMinutes(1);

    private final MessageSource messages;
    private final ClinicService clinicProfile;
    private final Clock clock;
    private final String publicUrl;
    private volatile ClinicName clinicName;

    private record ClinicName(String name, Instant readAt) {
    }

    MailTexts(MessageSource messages, ClinicService clinicProfile, Clock clock,
            @Value("${rehabit.public-url:http://localhost:8080}") String publicUrl) {
        this.messages = messages;
        this.clinicProfile = clinicProfile;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * The translation keys of one kind of message; {@code push} is the sentence a device shows (null for what is
     * only ever e-mailed).
     */
    private record Wording(String subject, String body, String action, String footer, String push) {
    }

    private static final Wording ATTENTION = new Wording("mail.attention.subject", "mail.attention.body",
            "mail.attention.action", "mail.footer.staff", "push.attention");
    private static final Wording DIGEST = new Wording("mail.digest.subject", "mail.digest.body",
            "mail.attention.action", "mail.footer.digest", "push.digest");
    private static final Wording INVITATION = new Wording("mail.invitation.subject", "mail.invitation.body",
            "mail.invitation.action", "mail.footer.patient", null);
    private static final Wording PASSWORD_RESET = new Wording("mail.password-reset.subject",
            "mail.password-reset.body", "mail.password-reset.action", "mail.footer.password-reset", null);
    private static final Wording REMINDER = new Wording("mail.reminder.subject", "mail.reminder.body",
            "mail.reminder.action", "mail.footer.reminder", "push.reminder");
    private static final Wording REMINDER_AGAIN = new Wording("mail.reminder-again.subject",
            "mail.reminder-again.body", "mail.reminder.action", "mail.footer.reminder", "push.reminder-again");

    private static final Wording MESSAGE_TO_THERAPIST = new Wording("mail.message-therapist.subject",
            "mail.message-therapist.body", "mail.attention.action", "mail.footer.staff", "push.message-therapist");
    private static final Wording MESSAGE_TO_PATIENT = new Wording("mail.message-patient.subject",
            "mail.message-patient.body", "mail.message-patient.action", "mail.footer.patient", "push.message-patient");

    /** "A patient of yours wrote to you", with a link to the dashboard; not who, not what. */
    Mail messageToTherapist(String recipientName) {
        return mail(MESSAGE_TO_THERAPIST, recipientName, "/dashboard");
    }

    /** "Your physiotherapist wrote to you", with a link to the patient's messages; not what. */
    Mail messageToPatient(String recipientName) {
        return mail(MESSAGE_TO_PATIENT, recipientName, "/messages");
    }

    /** "A patient of yours needs attention", with a link to the dashboard. */
    Mail attention(String recipientName) {
        return mail(ATTENTION, recipientName, "/dashboard");
    }

    /** The morning's count of new alerts, and of those open, with a link to the dashboard; no names, no details. */
    Mail digest(String recipientName, int raised, int open) {
        return mail(DIGEST, recipientName, "/dashboard", raised, open);
    }

    /** The invitation to choose a password, with the activation link and the day it stops working. */
    Mail invitation(String recipientName, String activationPath, String validUntil) {
        return mail(INVITATION, recipientName, activationPath, validUntil);
    }

    /** The "forgot password" link and how long it works; it says what to do if the recipient did not ask. */
    Mail passwordReset(String recipientName, String resetPath, long validMinutes) {
        return mail(PASSWORD_RESET, recipientName, resetPath, validMinutes);
    }

    /**
     * An encouraging nudge to exercise today, with a link to Today; the second of a day is gentler still. It names no
     * exercise and no condition.
     */
    Mail reminder(String recipientName, int number) {
        return mail(number == 1 ? REMINDER : REMINDER_AGAIN, recipientName, "/today");
    }

    /** Once the change is committed (or not), on this node at once; other nodes read it within {@link #NAME_KEPT}. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(ClinicProfileChanged changed) {
        clinicName = null;
    }

    private String clinic() {
        var known = clinicName;
        if (known == null || !known.readAt().plus(NAME_KEPT).isAfter(clock.instant())) {
            known = new ClinicName(clinicProfile.name(), clock.instant());
            clinicName = known;
        }
        return known.name();
    }

    private Mail mail(Wording wording, String recipientName, String path, Object... details) {
        var clinic = clinic();
        var locale = Locale.ENGLISH;
        var link = publicUrl + path;
        var greeting = messages.getMessage("mail.greeting", new Object[] {recipientName}, locale);
        var arguments = new Object[details.length + 1];
        arguments[0] = clinic;
        System.arraycopy(details, 0, arguments, 1, details.length);
        var subject = messages.getMessage(wording.subject(), arguments, locale);
        var body = messages.getMessage(wording.body(), arguments, locale);
        var action = messages.getMessage(wording.action(), null, locale);
        var footer = messages.getMessage(wording.footer(), new Object[] {clinic}, locale);
        var text = greeting + "\n\n" + body + "\n\n" + action + ": " + link + "\n\n-- \n" + footer + "\n";
        var html = "<p>" + HtmlUtils.htmlEscape(greeting) + "</p><p>" + HtmlUtils.htmlEscape(body) + "</p><p><a href=\""
                + HtmlUtils.htmlEscape(link) + "\">" + HtmlUtils.htmlEscape(action) + "</a></p><p style=\"color:#666\">"
                + HtmlUtils.htmlEscape(footer) + "</p>";
        var push = wording.push() == null ? null : messages.getMessage(wording.push(), arguments, locale);
        return new Mail(subject, text, html, clinic, push);
    }
}
