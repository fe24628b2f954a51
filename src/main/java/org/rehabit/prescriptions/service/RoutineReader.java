package org.rehabit.prescriptions.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.prescriptions.domain.Routine;
import org.rehabit.prescriptions.domain.RoutineItem;
import org.rehabit.prescriptions.domain.RoutineVersion;
import org.rehabit.security.service.AccountService;
import org.springframework.stereotype.Component;

/**
 * Describes stored routines for the service's callers: every version with its catalog instructions, who saved and
 * confirmed what, what changed from the version before, and where the routine stands today. Callers have already
 * checked that the user may read the routine.
 */
@Component
class RoutineReader {

    private final CatalogService catalog;
    private final AccountService accounts;
    private final Clock clock;

    RoutineReader(CatalogService catalog, AccountService accounts, Clock clock) {
        this.catalog = catalog;
        this.accounts = accounts;
        this.clock = clock;
    }

    RoutineDetails details(Routine routine, String patientName) {
        var versions = routine.getVersions();
        var exercises = catalog.instructions(versions.stream().flatMap(v -> v.getItems().stream())
                .map(item -> item.getPrescription().exerciseId()).distinct().toList());
        var staff = accounts.staffNames(staffIds(versions));
        var details = new ArrayList<VersionDetails>();
        for (var version : versions) {
            var items = version.getItems().stream().map(item -> new ItemDetails(item.getId(),
                    exercises.get(item.getPrescription().exerciseId()), item.getPrescription(),
                    item.getAvoidConfirmedBy() == null ? null : staff.get(item.getAvoidConfirmedBy()),
                    item.getAvoidConfirmedAt())).toList();
            var described = new VersionDetails(version.getId(), version.getNumber(), version.getEffectiveFrom(),
                    version.getName(), version.getEndDate(), version.getSchedule(),
                    staff.getOrDefault(version.getCreatedBy(), ""), version.getCreatedAt(), items, List.of());
            details.add(details.isEmpty() ? described
                    : described.withChanges(RoutineChanges.between(details.getLast(), described)));
        }
        var current = details.get(routine.versionToFollow(today()).getNumber() - 1);
        return new RoutineDetails(routine.getId(), routine.getVersion(), routine.getPatientId(), patientName,
                state(routine), details, current);
    }

    private static Collection<Long> staffIds(List<RoutineVersion> versions) {
        return versions.stream().flatMap(v -> Stream.concat(Stream.of(v.getCreatedBy()),
                v.getItems().stream().map(RoutineItem::getAvoidConfirmedBy).filter(Objects::nonNull)))
                .distinct().toList();
    }

    RoutineSummary summary(Routine routine) {
        var version = routine.versionToFollow(today());
        return new RoutineSummary(routine.getId(), version.getName(), routine.startDate(), version.getEndDate(),
                routine.getVersions().size(), state(routine));
    }

    private RoutineState state(Routine routine) {
        var today = today();
        return routine.versionOn(today).map(v -> v.getEndDate() != null && v.getEndDate().isBefore(today)
                ? RoutineState.ENDED : RoutineState.ACTIVE).orElse(RoutineState.UPCOMING);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
