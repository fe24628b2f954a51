package org.rehabit.prescriptions.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.rehabit.catalog.domain.CatalogFilter;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.Side;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.prescriptions.domain.Schedule;
import org.rehabit.security.service.PatientAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Demo routines for the README's demo accounts, made on a local (non-{@code prod}) run the way the demo therapist
 * would make them: signed in as "therapist", through the same checked service. Runs after the demo accounts and
 * does nothing when they are not there (a database that was set up otherwise).
 */
@Component
@Profile("!prod")
@Order(1)
class DemoRoutines implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRoutines.class);
    /** How long before today the demo routines began, when the demo has a history. */
    static final int HISTORY_DAYS = 28;

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy security;
    private final PatientAccounts accounts;
    private final CatalogService catalog;
    private final RoutineService routines;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean history;

    DemoRoutines(UserDetailsService users, SecurityContextHolderStrategy security, PatientAccounts accounts,
            CatalogService catalog, RoutineService routines, JdbcClient jdbc, Clock clock,
            @Value("${rehabit.demo.history:false}") boolean history) {
        this.users = users;
        this.security = security;
        this.accounts = accounts;
        this.catalog = catalog;
        this.routines = routines;
        this.jdbc = jdbc;
        this.clock = clock;
        this.history = history;
    }

    @Override
    public void run(ApplicationArguments args) {
        UserDetails therapist;
        try {
            therapist = users.loadUserByUsername("therapist");
        } catch (UsernameNotFoundException e) {
            return;
        }
        security.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(therapist, null, therapist.getAuthorities()));
        try {
            var today = LocalDate.now(clock);
            create("patient@demo.rehabit.org", new RoutineDraft("Neck and back, daily", today, null,
                    Schedule.everyDay(), List.of(
                            item("Neck tilt", new Dosage(1, 5, 5, null, null)),
                            item("Side-to-side neck tilt", new Dosage(1, 5, 5, Side.BOTH, null)),
                            item("Chair twist", new Dosage(1, 3, 15, Side.BOTH, null)),
                            item("Rounded back (cat-cow)", new Dosage(1, 5, 5, null, null)),
                            item("Half crunch", new Dosage(2, 10, null, null, null)))));
            create("patient2@demo.rehabit.org", new RoutineDraft("Low back, three days a week", today, null,
                    Schedule.onWeekdays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 1),
                    List.of(item("Rounded back (cat-cow)", new Dosage(1, 5, 5, null, null)),
                            item("Supine hamstring stretch", new Dosage(1, 3, 20, Side.BOTH, null)),
                            item("Core leg press", new Dosage(1, 5, 10, null, null)),
                            item("Walking", new Dosage(null, null, null, null, 20)))));
        } finally {
            security.clearContext();
        }
    }

    private void create(String email, RoutineDraft draft) {
        var found = accounts.search(email, Pageable.ofSize(1)).getContent();
        if (found.isEmpty()) {
            return;
        }
        var patient = found.getFirst();
        if (routines.routinesOf(patient.id()).isEmpty()) {
            var id = routines.create(patient.id(), draft);
            if (history) {
                // the demo's weeks of history (see the adherence feature's DemoHistory) need a routine begun earlier
                jdbc.sql("update routine_version set effective_from = effective_from - ? where routine_id = ?")
                        .params(HISTORY_DAYS, id).update();
            }
            log.info("Created the demo routine \"{}\" for {}", draft.name(), patient.username());
        }
    }

    private ItemDraft item(String exerciseName, Dosage dosage) {
        var exercise = catalog.search(CatalogFilter.text(exerciseName), Pageable.ofSize(10)).stream()
                .filter(e -> e.name().equals(exerciseName)).findFirst().orElseThrow();
        return new ItemDraft(exercise.id(), dosage, null, null, false, null, null, null);
    }
}
