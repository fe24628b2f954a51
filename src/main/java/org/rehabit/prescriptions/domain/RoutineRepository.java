package org.rehabit.prescriptions.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoutineRepository extends JpaRepository<Routine, Long> {

    List<Routine> findByPatientIdOrderByIdDesc(long patientId);
}
