package org.rehabit.catalog.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ExerciseRepository extends JpaRepository<Exercise, Long>, JpaSpecificationExecutor<Exercise> {

    @Query("select count(e) > 0 from Exercise e where lower(e.name) = lower(:name) and (:id is null or e.id <> :id)")
    boolean existsByNameIgnoringCase(@Param("name") String name, @Param("id") Long exceptId);

    /** Items an "avoid" entry may point to: recommended or caution items still in use. */
    @Query("""
            select new org.rehabit.catalog.domain.ExerciseOption(e.id, e.name) from Exercise e
            where e.status <> org.rehabit.catalog.domain.CatalogStatus.AVOID and e.retiredAt is null
            order by e.name
            """)
    List<ExerciseOption> findAlternatives();

    /** The exercises with their steps, in one statement. */
    @Query("select distinct e from Exercise e left join fetch e.steps where e.id in :ids")
    List<Exercise> findWithSteps(@Param("ids") Collection<Long> ids);
}
