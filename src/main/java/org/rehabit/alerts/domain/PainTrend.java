package org.rehabit.alerts.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rehabit.adherence.domain.DayRow;

/**
 * Pain trending up, defined once: the mean "after" score of the {@value #WINDOW_DAYS} days up to a day against the
 * {@value #WINDOW_DAYS} days before them, rising when it is {@value #RISE} or more higher. The alert rule, the
 * dashboard's SQL and its small chart all take their windows and threshold from here.
 */
public record PainTrend(double previous, double recent) {

    public static final int WINDOW_DAYS = 7;
    /** Both windows: how far back a trend looks. */
    public static final int SPAN_DAYS = 2 * WINDOW_DAYS;
    public static final double RISE = 2;

    /** The first day of the recent window that ends on {@code asOf}. */
    public static LocalDate recentFrom(LocalDate asOf) {
        return asOf.minusDays(WINDOW_DAYS - 1);
    }

    /** The first day of the earlier window, so of the whole span that ends on {@code asOf}. */
    public static LocalDate previousFrom(LocalDate asOf) {
        return asOf.minusDays(SPAN_DAYS - 1);
    }

    /** The trend as of a day from the roll-up rows around it; empty unless both windows have scores. */
    public static Optional<PainTrend> of(List<DayRow> rows, LocalDate asOf) {
        var recent = meanPainAfter(rows, recentFrom(asOf), asOf);
        var previous = meanPainAfter(rows, previousFrom(asOf), recentFrom(asOf).minusDays(1));
        return recent.isEmpty() || previous.isEmpty() ? Optional.empty()
                : Optional.of(new PainTrend(previous.get(), recent.get()));
    }

    /** The two means, when both are known. */
    public static Optional<PainTrend> of(Double previous, Double recent) {
        return previous == null || recent == null ? Optional.empty() : Optional.of(new PainTrend(previous, recent));
    }

    public double change() {
        return recent - previous;
    }

    public boolean rising() {
        return change() >= RISE;
    }

    private static Optional<Double> meanPainAfter(List<DayRow> rows, LocalDate from, LocalDate to) {
        var mean = rows.stream().filter(row -> !row.day().isBefore(from) && !row.day().isAfter(to))
                .map(DayRow::painAfter).filter(Objects::nonNull).mapToInt(Integer::intValue).average();
        return mean.isPresent() ? Optional.of(mean.getAsDouble()) : Optional.empty();
    }
}
