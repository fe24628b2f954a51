package org.rehabit.catalog.domain;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import org.rehabit.base.domain.LikePattern;
import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link CatalogFilter} into one SQL query. */
public final class CatalogSpecifications {

    private CatalogSpecifications() {
    }

    public static Specification<Exercise> matching(CatalogFilter filter) {
        return (exercise, query, builder) -> {
            var predicates = new ArrayList<Predicate>();
            if (filter.text() != null && !filter.text().isBlank()) {
                var pattern = "%" + LikePattern.escaped(filter.text()) + "%";
                predicates.add(builder.or(builder.like(builder.lower(exercise.get("name")), pattern, '\\'),
                        builder.like(builder.lower(exercise.get("summary")), pattern, '\\')));
            }
            if (filter.region() != null) {
                predicates.add(builder.isMember(filter.region(), exercise.get("regions")));
            }
            if (filter.equipment() != null) {
                predicates.add(builder.isMember(filter.equipment(), exercise.get("equipment")));
            }
            if (filter.withoutEquipment()) {
                predicates.add(builder.isEmpty(exercise.get("equipment")));
            }
            if (filter.category() != null) {
                predicates.add(builder.equal(exercise.get("category"), filter.category()));
            }
            if (filter.position() != null) {
                predicates.add(builder.equal(exercise.get("position"), filter.position()));
            }
            if (filter.status() != null) {
                predicates.add(builder.equal(exercise.get("status"), filter.status()));
            }
            if (!filter.includeRetired()) {
                predicates.add(builder.isNull(exercise.get("retiredAt")));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }
}
