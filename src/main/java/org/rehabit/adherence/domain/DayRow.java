package org.rehabit.adherence.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** A patient's day in the progress roll-up: what was due and done, pain before and after, and whether active. */
public record DayRow(LocalDate day, int scheduled, double completed, Integer painBefore, Integer painAfter,
        boolean active, boolean redFlag) {

    /** The row of a query that selects the columns of {@code adherence_day} by their names. */
    public static DayRow of(ResultSet rs) throws SQLException {
        return new DayRow(rs.getObject("day", LocalDate.class), rs.getInt("scheduled"), rs.getDouble("completed"),
                rs.getObject("pain_before", Integer.class), rs.getObject("pain_after", Integer.class),
                rs.getBoolean("active"), rs.getBoolean("red_flag"));
    }

    public Adherence adherence() {
        return new Adherence(completed, scheduled);
    }
}
