package org.rehabit.prescriptions.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoutineTemplateRepository extends JpaRepository<RoutineTemplate, Long> {

    /** The shared templates and the therapist's own, by name. */
    @Query("select t from RoutineTemplate t where t.ownerId is null or t.ownerId = :therapistId order by lower(t.name)")
    List<RoutineTemplate> findVisibleTo(long therapistId);

    @Query("select t from RoutineTemplate t where t.id = :id and (t.ownerId is null or t.ownerId = :therapistId)")
    Optional<RoutineTemplate> findVisibleTo(long id, long therapistId);

    @Query("select count(t) > 0 from RoutineTemplate t where t.ownerId = :therapistId and lower(t.name) = lower(:name)")
    boolean existsOwnedByName(long therapistId, String name);
}
