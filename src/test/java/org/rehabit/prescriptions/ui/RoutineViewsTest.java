package org.rehabit.prescriptions.ui;

import org.rehabit.ui.BrowserlessTest;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabit.catalog.service.ExerciseSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The therapist builds a routine from a template, meets the avoid warning, saves, and makes a second version. */
class RoutineViewsTest extends BrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void remove_routines_made_here() {
        jdbc.update("delete from routine where id not in (select min(id) from routine group by patient_id)");
    }

    @Test
    @WithUserDetails("therapist")
    void picking_an_exercise_to_avoid_offers_the_safer_alternative_in_one_click() {
        open("routines/new/" + idOf("patient2") + "?template=" + template("Low back and core starter"));
        var before = itemNames();

        pick("sit-up");
        assertThat($(Paragraph.class).withText("The safer alternative is Half crunch.").all()).hasSize(1);
        test($(Button.class).withText("Use Half crunch instead").single()).click();
        assertThat(itemNames()).as("the template already had the half crunch").isEqualTo(before);

        test($(Button.class).withPropertyValue(Button::getAriaLabel, Optional.of("Remove Half crunch")).single())
                .click();
        pick("sit-up");
        test($(Button.class).withText("Use Half crunch instead").single()).click();

        assertThat(itemNames()).hasSize(before.size()).contains("Half crunch").doesNotContain("Full sit-up");
    }

    @Test
    @WithUserDetails("therapist")
    void saving_with_an_exercise_to_avoid_needs_a_confirmation_that_is_recorded() {
        open("routines/new/" + idOf("patient2") + "?template=" + template("Neck pain starter"));
        pick("sit-up");
        test($(Button.class).withText("Add it anyway").single()).click();
        assertThat(itemNames()).contains("Full sit-up");

        var before = routines();
        test($(Button.class).withText("Save routine").single()).click();
        var confirm = $(ConfirmDialog.class).single();
        assertThat(routines()).as("nothing saved before confirming").isEqualTo(before);
        test(confirm).confirm();

        assertThat(routines()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select a.username from routine_item i join account a "
                + "on a.id = i.avoid_confirmed_by join exercise e on e.id = i.exercise_id "
                + "where e.name = 'Full sit-up'", String.class)).isEqualTo("therapist");
        assertThat(routeOf(getCurrentView())).isEqualTo("routines/routine");
    }

    @Test
    @WithUserDetails("therapist")
    void out_of_range_dosage_is_explained_beside_the_field_and_not_saved() {
        open("routines/new/" + idOf("patient2") + "?template=" + template("Neck pain starter"));
        // the field's own limits stop the arrows, not typing; the server has the last word
        $(IntegerField.class).withLabel("Reps").first().setValue(500);
        var before = routines();

        test($(Button.class).withText("Save routine").single()).click();

        assertThat($(IntegerField.class).withLabel("Reps").first().getErrorMessage())
                .isEqualTo("Enter a whole number from 1 to 100.");
        assertThat(routines()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("therapist")
    void a_second_version_shows_in_the_history_with_what_changed() {
        var routine = routineOf("patient");
        try {
            open("routines/revise/" + routine);
            test($(TextField.class).withLabel("Routine name").single()).setValue("Neck and back, week 2");
            test($(IntegerField.class).withLabel("Sets").first()).setValue(2);
            test($(Button.class).withText("Save new version").single()).click();

            assertThat(routeOf(getCurrentView())).isEqualTo("routines/routine");
            assertThat($(ListItem.class).all()).extracting(ListItem::getText).contains(
                    "Renamed from \u201cNeck and back, daily\u201d to \u201cNeck and back, week 2\u201d",
                    "Neck tilt: 1 set, 5 reps, hold 5 s \u2192 2 sets, 5 reps, hold 5 s");
        } finally {
            jdbc.update("delete from routine_version where routine_id = ? and number > 1", routine);
        }
    }

    @Test
    @WithUserDetails("therapist2")
    void another_therapist_cannot_open_any_of_it_by_address() {
        var routine = routineOf("patient");
        assertThat(open("routines/routine/" + routine)).isEqualTo("NotFoundView");
        assertThat(open("routines/revise/" + routine)).isEqualTo("NotFoundView");
        assertThat(open("routines/new/" + idOf("patient"))).isEqualTo("NotFoundView");
        assertThat(open("routines/new/" + idOf("patient3") + "?template=not-a-number")).isEqualTo("NotFoundView");
    }

    private void pick(String search) {
        test($(Button.class).withText("Add exercise").single()).click();
        test($(TextField.class).withPropertyValue(TextField::getPlaceholder, "Search by name").single())
                .setValue(search);
        @SuppressWarnings("unchecked")
        Grid<ExerciseSummary> grid = $(Grid.class).single();
        test(grid).clickRow(0);
    }

    private List<String> itemNames() {
        return $(Span.class).withClassName("routine-item-name").all().stream().map(Span::getText).toList();
    }

    private long routines() {
        return jdbc.queryForObject("select count(*) from routine", Long.class);
    }

    private long routineOf(String username) {
        return jdbc.queryForObject("select min(r.id) from routine r join account a on a.id = r.patient_id "
                + "where a.username = ?", Long.class, username);
    }

    private long template(String name) {
        return jdbc.queryForObject("select id from routine_template where name = ?", Long.class, name);
    }

    private long idOf(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }
}
