package org.rehabit.prescriptions.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface RoutineRepository extends JpaRepository<Routine, Long> {

    /** The patient's routines with their versions, in one statement (the items follow in one more). */
    @Query("""
            select distinct r from Routine r left join fetch r.versions
            where r.patientId = :patientId order by r.id desc""")
    List<Routine> findByPatientIdOrderByIdDesc(long patientId);

    /** Whether any version of any of the patient's routines holds the exercise. */
    @Query("""
            select count(i) > 0 from Routine r join r.versions v join v.items i
            where r.patientId = :patientId and i.prescription.exerciseId = :exerciseId""")
    boolean isPrescribed(long patientId, long exerciseId);

    @Query("select distinct r.patientId from Routine r order by r.patientId")
    List<Long> findPatientIdsWithRoutines();

    /** The routine, locked until the transaction ends, so two versions are never numbered at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Routine r where r.id = :id")
    Optional<Routine> findForUpdate(long id);
}
