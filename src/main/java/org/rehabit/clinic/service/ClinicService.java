package org.rehabit.clinic.service;

import static org.rehabit.base.service.InvalidInputException.rejectIfAny;

import java.time.Clock;
import java.util.EnumMap;
import org.rehabit.base.service.Problem;
import org.rehabit.clinic.domain.ClinicProfile;
import org.rehabit.clinic.domain.ClinicProfiles;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.service.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's contact details: everyone signed in reads them (a patient needs to know whom to call), an admin sets
 * them. Until an admin does, the clinic's name from the settings and no contact details.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ClinicService {

    /** The fields a refusal points at. */
    public enum ClinicField { NAME, PHONE, EMAIL, OPENING_HOURS }

    private final ClinicProfiles profiles;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final String configuredName;

    ClinicService(ClinicProfiles profiles, CurrentUser currentUser, AuditTrail audit, Clock clock,
            ApplicationEventPublisher events, @Value("${rehabit.clinic.name:Rehabit}") String configuredName) {
        this.profiles = profiles;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.configuredName = configuredName;
    }

    @Transactional(readOnly = true)
    public ClinicProfile profile() {
        return profiles.find().orElse(new ClinicProfile(configuredName, null, null, null));
    }

    /** The clinic's name, which is no secret: e-mails sent before anyone signs in carry it too. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public String name() {
        return profile().name();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void save(ClinicProfile entered) {
        var profile = new ClinicProfile(strip(entered.name()), strip(entered.phone()), strip(entered.email()),
                strip(entered.openingHours()));
        var problems = new EnumMap<ClinicField, Problem>(ClinicField.class);
        if (profile.name() == null) {
            problems.put(ClinicField.NAME, Problem.of("clinic.name.required"));
        } else if (profile.name().length() > ClinicProfile.NAME_MAX_LENGTH) {
            problems.put(ClinicField.NAME, Problem.of("validation.too-long"));
        }
        if (profile.phone() != null && !ClinicProfile.PHONE.matcher(profile.phone()).matches()) {
            problems.put(ClinicField.PHONE, Problem.of("clinic.phone.format"));
        }
        if (profile.email() != null && (profile.email().length() > ClinicProfile.EMAIL_MAX_LENGTH
                || !ClinicProfile.EMAIL.matcher(profile.email()).matches())) {
            problems.put(ClinicField.EMAIL, Problem.of("validation.email.format"));
        }
        if (profile.openingHours() != null
                && profile.openingHours().length() > ClinicProfile.OPENING_HOURS_MAX_LENGTH) {
            problems.put(ClinicField.OPENING_HOURS,
                    Problem.of("validation.too-long"));
        }
        rejectIfAny(problems);
        profiles.save(profile, currentUser.require().accountId(), clock.instant());
        audit.record(AuditAction.CHANGED_CLINIC_PROFILE, null, null);
        events.publishEvent(new ClinicProfileChanged());
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
