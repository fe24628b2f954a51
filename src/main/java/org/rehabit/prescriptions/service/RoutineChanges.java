package org.rehabit.prescriptions.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rehabit.prescriptions.domain.StopRule;

/** Works out what changed between two versions; items are matched by exercise (one per routine). */
final class RoutineChanges {

    private RoutineChanges() {
    }

    static List<VersionChange> between(VersionDetails before, VersionDetails after) {
        var changes = new ArrayList<VersionChange>();
        if (!before.name().equals(after.name())) {
            changes.add(new VersionChange(ChangeKind.RENAMED, null, before.name(), after.name()));
        }
        if (!Objects.equals(before.endDate(), after.endDate())) {
            changes.add(new VersionChange(ChangeKind.END_DATE, null, before.endDate(), after.endDate()));
        }
        if (!before.schedule().equals(after.schedule())) {
            changes.add(new VersionChange(ChangeKind.SCHEDULE, null, before.schedule(), after.schedule()));
        }
        var old = byExercise(before);
        var now = byExercise(after);
        for (var item : after.items()) {
            var was = old.get(item.exercise().id());
            var name = item.exercise().name();
            if (was == null) {
                changes.add(new VersionChange(ChangeKind.ADDED, name, null, item.prescription()));
                continue;
            }
            var from = was.prescription();
            var to = item.prescription();
            if (!from.dosageOrNone().equals(to.dosageOrNone())) {
                changes.add(new VersionChange(ChangeKind.DOSAGE, name, from.dosageOrNone(), to.dosageOrNone()));
            }
            if (!Objects.equals(from.restSeconds(), to.restSeconds())) {
                changes.add(new VersionChange(ChangeKind.REST, name, from.restSeconds(), to.restSeconds()));
            }
            if (!Objects.equals(from.note(), to.note())) {
                changes.add(new VersionChange(ChangeKind.NOTE, name, from.note(), to.note()));
            }
            if (!Objects.equals(from.load(), to.load())) {
                changes.add(new VersionChange(ChangeKind.LOAD, name, from.load(), to.load()));
            }
            var stopBefore = StopRule.of(from, false);
            var stopAfter = StopRule.of(to, false);
            if (!stopBefore.equals(stopAfter)) {
                changes.add(new VersionChange(ChangeKind.STOP_RULE, name, stopBefore, stopAfter));
            }
        }
        for (var item : before.items()) {
            if (!now.containsKey(item.exercise().id())) {
                changes.add(new VersionChange(ChangeKind.REMOVED, item.exercise().name(), null, null));
            }
        }
        var keptOrderBefore = old.keySet().stream().filter(now::containsKey).toList();
        var keptOrderAfter = now.keySet().stream().filter(old::containsKey).toList();
        if (!keptOrderBefore.equals(keptOrderAfter)) {
            changes.add(new VersionChange(ChangeKind.REORDERED, null, null, null));
        }
        return changes;
    }

    private static Map<Long, ItemDetails> byExercise(VersionDetails version) {
        var items = new LinkedHashMap<Long, ItemDetails>();
        version.items().forEach(item -> items.put(item.exercise().id(), item));
        return items;
    }
}
