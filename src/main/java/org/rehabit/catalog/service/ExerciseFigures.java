package org.rehabit.catalog.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.Side;
import org.rehabit.catalog.domain.figure.Figure;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The moving figures of the seeded exercises, kept as key poses next to the catalog ({@code catalog/figures.json},
 * by the exercise's name, which is unique in the catalog). Read once at start-up.
 */
@Service
public class ExerciseFigures {

    static final String RESOURCE = "/catalog/figures.json";

    private final Map<String, Figure> figures;

    public ExerciseFigures() {
        this.figures = load();
    }

    /** The figure under this key (a seeded exercise's name); none for null or an unknown key. */
    public Optional<Figure> of(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(figures.get(key));
    }

    /** The figures a clinic exercise may show: those of what to do (not of what to avoid), by name. */
    public List<String> toShowOnClinicExercises() {
        return figures.entrySet().stream().filter(entry -> !entry.getValue().avoid()).map(Map.Entry::getKey).sorted()
                .toList();
    }

    /**
     * Where a page loads an exercise's figure, moving at a dosage's rhythm: its hold, and both sides in turn for an
     * exercise done on each side.
     */
    public static String address(long exerciseId, Dosage dosage) {
        var query = new java.util.StringJoiner("&", "?", "").setEmptyValue("");
        if (dosage != null && dosage.holdSeconds() != null) {
            query.add("hold=" + dosage.holdSeconds());
        }
        if (dosage != null && (dosage.side() == Side.BOTH || dosage.side() == Side.ALTERNATING)) {
            query.add("sides=both");
        }
        return "api/v1/exercises/" + exerciseId + "/figure.svg" + query;
    }

    /** Every figure, by exercise name. */
    public static Map<String, Figure> load() {
        // a pose or figure that does not say "seated" or "avoid" is neither
        var json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        try (var in = ExerciseFigures.class.getResourceAsStream(RESOURCE)) {
            return Map.copyOf(json.readValue(in, new TypeReference<Map<String, Figure>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
