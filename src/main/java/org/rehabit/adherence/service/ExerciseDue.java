package org.rehabit.adherence.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.rehabit.adherence.domain.OpenDays;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** For scheduled work only (reminders): whose exercise is due today with nothing recorded yet. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('SYSTEM')")
public class ExerciseDue {

    private final OpenDays openDays;

    ExerciseDue(OpenDays openDays) {
        this.openDays = openDays;
    }

    /** Of these patients, those due to exercise on {@code day} who have recorded nothing and reported no red flag. */
    public List<Long> untouched(Collection<Long> patientIds, LocalDate day) {
        return openDays.untouched(patientIds, day);
    }
}
