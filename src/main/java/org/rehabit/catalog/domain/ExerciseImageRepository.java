package org.rehabit.catalog.domain;

import java.util.Collection;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ExerciseImageRepository extends JpaRepository<ExerciseImage, Long> {

    /** Which of these exercises have a picture, without loading the pictures. */
    @Query("select i.exerciseId from ExerciseImage i where i.exerciseId in :ids")
    Set<Long> findIdsWithImage(Collection<Long> ids);
}
