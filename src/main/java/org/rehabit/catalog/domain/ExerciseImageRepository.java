package org.rehabit.catalog.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExerciseImageRepository extends JpaRepository<ExerciseImage, Long> {
}
