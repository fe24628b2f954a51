package org.rehabit.prescriptions.service;

import org.rehabit.catalog.service.PrescribedExercises;
import org.rehabit.prescriptions.domain.RoutineRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the catalog from the routines: a patient may see an exercise that one of their routines has held. */
@Component
@Transactional(readOnly = true)
class RoutinesPrescribedExercises implements PrescribedExercises {

    private final RoutineRepository routines;

    RoutinesPrescribedExercises(RoutineRepository routines) {
        this.routines = routines;
    }

    @Override
    public boolean prescribedTo(long patientId, long exerciseId) {
        return routines.isPrescribed(patientId, exerciseId);
    }
}
