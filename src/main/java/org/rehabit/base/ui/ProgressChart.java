package org.rehabit.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small bar or line chart for progress over days or weeks, drawn in the browser by Chart.js (MIT, npm
 * {@code chart.js}) in {@code frontend/rehabit-chart.js}. Sized for a phone first: 220 px high and as wide as its
 * container unless {@link #setHeight(String)} / {@link #setWidth(String)} say otherwise.
 *
 * <p>The server sends one {@code config} object; the canvas carries {@code role="img"} and the given aria label,
 * so pair the chart with a short text summary (or a table) for screen reader users who need the numbers.
 * All texts (labels, series names, the aria label) must already be translated.
 */
@Tag("rehabit-chart")
@NpmPackage(value = "chart.js", version = "4.6.1")
@JsModule("./rehabit-chart.js")
public class ProgressChart extends Component implements HasSize {

    /** Lumo's primary colour (the default for the first series). */
    public static final String PRIMARY = "primary";
    /** Lumo's error colour. */
    public static final String ERROR = "error";
    /** Lumo's success colour. */
    public static final String SUCCESS = "success";
    /** A neutral grey from Lumo's contrast scale. */
    public static final String CONTRAST = "contrast";

    /**
     * One line of a line chart.
     *
     * @param label the legend and tooltip text
     * @param values one value per x label; {@code null} for a missing value, drawn as a gap in the line
     * @param color {@link #PRIMARY}, {@link #ERROR}, {@link #SUCCESS}, {@link #CONTRAST}, any CSS colour, or
     *        {@code null} for a colour by position (primary, success, contrast, error)
     */
    public record Series(String label, List<Integer> values, String color) {

        public Series {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(values, "values");
            // A copy that keeps nulls (List.copyOf would refuse them).
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    private final ObjectNode config;

    private ProgressChart(ObjectNode config) {
        this.config = config;
        getElement().setPropertyJson("config", config);
    }

    /**
     * A bar chart with one series, bars starting at 0.
     *
     * @param ariaLabel what the chart shows, for screen readers (e.g. "Exercises done per week")
     * @param labels the x axis categories
     * @param seriesLabel the legend and tooltip text; {@code null} or blank hides the legend
     * @param values one value per label; {@code null} for no bar
     * @param yMax the top of the y axis, or {@code null} to fit the data
     * @param ySuffix appended to y ticks and tooltip values (e.g. {@code "%"}), or {@code null}
     */
    public static ProgressChart bars(String ariaLabel, List<String> labels, String seriesLabel,
            List<? extends Number> values, Integer yMax, String ySuffix) {
        requireSameSize(labels, values, "values");
        var config = config("bar", ariaLabel, labels);
        var dataset = config.putArray("datasets").addObject();
        dataset.put("label", seriesLabel == null ? "" : seriesLabel);
        dataset.put("color", PRIMARY);
        var data = dataset.putArray("data");
        values.forEach(value -> add(data, value));
        config.put("yMin", 0);
        if (yMax != null) {
            config.put("yMax", yMax.intValue());
        }
        if (ySuffix != null && !ySuffix.isEmpty()) {
            config.put("ySuffix", ySuffix);
        }
        return new ProgressChart(config);
    }

    /**
     * A line chart with one or more series on a fixed y range (e.g. pain 0 to 10). Nulls are gaps: a line is
     * never drawn across a day without a value.
     *
     * @param ariaLabel what the chart shows, for screen readers (e.g. "Pain before and after exercising")
     * @param labels the x axis categories
     * @param series the lines, each with one value per label
     * @param yMin the bottom of the y axis
     * @param yMax the top of the y axis, greater than {@code yMin}
     */
    public static ProgressChart lines(String ariaLabel, List<String> labels, List<Series> series, int yMin,
            int yMax) {
        Objects.requireNonNull(series, "series");
        if (yMax <= yMin) {
            throw new IllegalArgumentException("yMax must be greater than yMin");
        }
        var config = config("line", ariaLabel, labels);
        var datasets = config.putArray("datasets");
        for (var line : series) {
            requireSameSize(labels, line.values(), "values of " + line.label());
            var dataset = datasets.addObject();
            dataset.put("label", line.label());
            if (line.color() != null && !line.color().isBlank()) {
                dataset.put("color", line.color());
            }
            var data = dataset.putArray("data");
            line.values().forEach(value -> add(data, value));
        }
        config.put("yMin", yMin);
        config.put("yMax", yMax);
        return new ProgressChart(config);
    }

    /**
     * A small line without axes or legend, for a table cell: the shape of a series at a glance (the text beside it
     * gives the figures).
     */
    public static ProgressChart sparkline(String ariaLabel, List<String> labels, Series series, int yMin, int yMax) {
        var chart = lines(ariaLabel, labels, List.of(series), yMin, yMax);
        chart.config.put("compact", true);
        chart.getElement().setPropertyJson("config", chart.config);
        return chart;
    }

    private static ObjectNode config(String type, String ariaLabel, List<String> labels) {
        Objects.requireNonNull(ariaLabel, "ariaLabel");
        var config = JsonNodeFactory.instance.objectNode();
        config.put("type", type);
        config.put("ariaLabel", ariaLabel);
        var labelArray = config.putArray("labels");
        labels.forEach(label -> labelArray.add(label == null ? "" : label));
        return config;
    }

    private static void requireSameSize(List<String> labels, List<?> values, String what) {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(values, what);
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException(
                    what + ": " + values.size() + " values for " + labels.size() + " labels");
        }
    }

    private static void add(ArrayNode data, Number value) {
        switch (value) {
            case null -> data.addNull();
            case Integer i -> data.add(i.intValue());
            case Long l -> data.add(l.longValue());
            case Short s -> data.add(s.intValue());
            case Byte b -> data.add(b.intValue());
            case BigDecimal d -> data.add(d);
            case BigInteger i -> data.add(i);
            default -> {
                double d = value.doubleValue();
                if (!Double.isFinite(d)) {
                    throw new IllegalArgumentException("not a finite number: " + value);
                }
                data.add(d);
            }
        }
    }
}
