package org.rehabit.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableFunction;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rehabit.adherence.domain.DayRow;
import org.rehabit.adherence.domain.PainScale;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.ui.Formats;
import org.rehabit.base.ui.ProgressChart;
import org.rehabit.progress.domain.ExerciseFigures;
import org.rehabit.progress.service.Progress;

/**
 * A patient's progress over a chosen range: adherence by week (bars), pain before and after (lines) and a table of
 * the exercises. The same for the therapist and for the patient.
 */
class ProgressPanel extends Composite<Div> {

    static final int DEFAULT_WEEKS = 8;

    private final SerializableBiFunction<LocalDate, LocalDate, Progress> load;
    private final SerializableFunction<LocalDate, Component> dayLink;
    private final Div content = new Div();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    /** {@code dayLink}: a link that opens a day (for the therapist), or null for no table of days. */
    ProgressPanel(LocalDate today, SerializableBiFunction<LocalDate, LocalDate, Progress> load,
            SerializableFunction<LocalDate, Component> dayLink) {
        this.load = load;
        this.dayLink = dayLink;
        getContent().addClassName("progress-panel");
        from.setLabel(getTranslation("progress.from"));
        to.setLabel(getTranslation("progress.to"));
        from.setValue(today.minusWeeks(DEFAULT_WEEKS).plusDays(1));
        to.setValue(today);
        from.setMax(today);
        to.setMax(today);
        var show = new Button(getTranslation("progress.show"), click -> show());
        var range = new Div(from, to, show);
        range.addClassName("progress-range");
        getContent().add(range, content);
        show();
    }

    private void show() {
        content.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            content.add(new Paragraph(getTranslation("progress.range")));
            return;
        }
        Progress progress;
        try {
            progress = load.apply(from.getValue(), to.getValue());
        } catch (InvalidInputException e) {
            content.add(new Paragraph(getTranslation("progress.range")));
            return;
        }
        content.add(new H2(getTranslation("progress.adherence-by-week")));
        if (progress.weeks().isEmpty()) {
            content.add(new Paragraph(getTranslation("progress.nothing-due")));
        } else {
            var labels = progress.weeks().stream()
                    .map(week -> getTranslation("progress.week-of", Formats.date(week.monday(), getLocale(), "")))
                    .toList();
            var values = progress.weeks().stream()
                    .map(week -> week.adherence().ratio().isPresent()
                            ? (Number) Math.round(week.adherence().ratio().getAsDouble() * 100) : null)
                    .toList();
            content.add(chart(ProgressChart.bars(getTranslation("progress.adherence-by-week"), labels,
                    getTranslation("progress.adherence"), values, 100, "%")));
        }
        content.add(new H2(getTranslation("progress.pain")));
        if (progress.painDays().isEmpty()) {
            content.add(new Paragraph(getTranslation("progress.no-pain")));
        } else {
            content.add(chart(painChart(progress)));
        }
        content.add(new H2(getTranslation("progress.exercises")), exercises(progress));
        if (dayLink != null) {
            content.add(new H2(getTranslation("patient-day.days")), days(progress));
        }
    }

    /** Each day of the range with something due or recorded, newest first, each opening its detail. */
    private Grid<DayRow> days(Progress progress) {
        var grid = new Grid<DayRow>();
        grid.addComponentColumn(row -> dayLink.apply(row.day())).setHeader(getTranslation("patient-day.day"))
                .setAutoWidth(true);
        grid.addColumn(this::done).setHeader(getTranslation("patient-day.done")).setAutoWidth(true);
        grid.addColumn(row -> pain(row.painBefore())).setHeader(getTranslation("progress.pain-before"))
                .setAutoWidth(true);
        grid.addColumn(row -> pain(row.painAfter())).setHeader(getTranslation("progress.pain-after"))
                .setAutoWidth(true);
        grid.addComponentColumn(row -> {
            var flag = new Span();
            if (row.redFlag()) {
                flag.setText(getTranslation("patient-day.red-flag-badge"));
                flag.getElement().getThemeList().add("badge error");
            }
            return flag;
        }).setFlexGrow(1);
        grid.setItems(progress.days().reversed());
        grid.setEmptyStateText(getTranslation("patient-day.no-days"));
        grid.addClassName("progress-days");
        return grid;
    }

    /** "2 of 3" and the share, or a dash when nothing was due. */
    private String done(DayRow row) {
        if (row.scheduled() == 0) {
            return "–";
        }
        var number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        var completed = number.format(row.completed());
        return getTranslation("patient-day.done-of", completed, row.scheduled()) + " ("
                + Math.round(row.adherence().ratio().orElse(0) * 100) + "%)";
    }

    private static String pain(Integer score) {
        return score == null ? "–" : score + "/" + PainScale.MAX;
    }

    private ProgressChart painChart(Progress progress) {
        var byDay = progress.painDays().stream().collect(Collectors.toMap(DayRow::day, Function.identity()));
        var labels = new ArrayList<String>();
        var before = new ArrayList<Integer>();
        var after = new ArrayList<Integer>();
        for (var day = progress.painDays().getFirst().day(); !day.isAfter(progress.to()); day = day.plusDays(1)) {
            var row = byDay.get(day);
            labels.add(Formats.date(day, getLocale(), ""));
            before.add(row == null ? null : row.painBefore());
            after.add(row == null ? null : row.painAfter());
        }
        return ProgressChart.lines(getTranslation("progress.pain"), labels, List.of(
                new ProgressChart.Series(getTranslation("progress.pain-before"), before, ProgressChart.CONTRAST),
                new ProgressChart.Series(getTranslation("progress.pain-after"), after, ProgressChart.ERROR)),
                PainScale.MIN,
                PainScale.MAX);
    }

    private Grid<ExerciseFigures> exercises(Progress progress) {
        var grid = new Grid<ExerciseFigures>();
        grid.addColumn(ExerciseFigures::name).setHeader(getTranslation("progress.exercise")).setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(line -> line.done()).setHeader(getTranslation("log.status.DONE"))
                .setAutoWidth(true);
        grid.addColumn(line -> line.partly()).setHeader(getTranslation("log.status.PARTLY"))
                .setAutoWidth(true);
        grid.addColumn(line -> skips(line)).setHeader(getTranslation("log.status.SKIPPED")).setFlexGrow(2);
        grid.addColumn(line -> line.meanPain() == null ? "–"
                : String.format(getLocale(), "%.1f", line.meanPain()))
                .setHeader(getTranslation("progress.pain-during")).setAutoWidth(true);
        grid.addColumn(line -> line.painFlags()).setHeader(getTranslation("progress.stop-warnings"))
                .setAutoWidth(true);
        grid.addColumn(this::difficulty).setHeader(getTranslation("progress.difficulty")).setFlexGrow(2);
        grid.setItems(progress.exercises());
        // long names, skip reasons and ratings wrap rather than hide behind an ellipsis
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("progress.no-records"));
        return grid;
    }

    /** How often the patient rated it easy, just right or hard ("Easy 2 · Hard 1"); a dash when never. */
    private String difficulty(ExerciseFigures line) {
        var figures = line;
        var rated = new LinkedHashMap<String, Integer>();
        rated.put("log.difficulty.EASY", figures.easy());
        rated.put("log.difficulty.RIGHT", figures.justRight());
        rated.put("log.difficulty.HARD", figures.hard());
        var text = rated.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> getTranslation(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(" · "));
        return text.isEmpty() ? "–" : text;
    }

    private String skips(ExerciseFigures line) {
        var figures = line;
        if (figures.skipped() == 0) {
            return "0";
        }
        var reasons = Map.of("PAIN", figures.skippedPain(), "NO_TIME", figures.skippedNoTime(), "UNSURE",
                figures.skippedUnsure(), "OTHER", figures.skippedOther());
        return figures.skipped() + " (" + reasons.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> getTranslation("log.skip." + e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }

    private static Div chart(ProgressChart chart) {
        var box = new Div(chart);
        box.addClassName("chart-box");
        return box;
    }
}
