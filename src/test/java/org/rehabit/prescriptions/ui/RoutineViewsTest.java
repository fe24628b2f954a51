package org.rehabit.prescriptions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.catalog.service.ExerciseSummary;
import org.rehabit.prescriptions.RoutineDrafts;
import org.rehabit.ui.BrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The therapist builds a routine from a template, meets the avoid warning, saves, and makes a second version. These
 * tests commit: they count and remove only the routines of their own patient.
 */
class RoutineViewsTest extends BrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    private TestAccount therapist;
    private TestAccount patient;

    @BeforeEach
    void sign_in_as_a_therapist_with_a_patient() {
        therapist = data.therapist();
        patient = data.patientOf(therapist);
        data.signIn(therapist);
    }

    @AfterEach
    void remove_routines_made_here() {
        jdbc.update("delete from routine where patient_id = ?", patient.id());
    }

    @Test
    void picking_an_exercise_to_avoid_offers_the_safer_alternative_in_one_click() {
        open("routines/new/" + patient.id() + "?template=" + template("Low back and core starter"));
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
    void each_exercise_in_the_builder_shows_its_figure_at_its_dosage() {
        open("routines/new/" + patient.id() + "?template=" + template("Neck pain starter"));

        var figures = $(Image.class).withClassName("routine-item-figure").all();
        assertThat(figures).as("the three exercises; the advice items have none")
                .extracting(image -> image.getAlt().orElse("")).containsExactly(
                        "Neck tilt, shown by a moving figure", "Side-to-side neck tilt, shown by a moving figure",
                        "Chair twist, shown by a moving figure");
        assertThat(figures.get(1).getSrc()).as("done on each side").endsWith("sides=both");
    }

    @Test
    void saving_with_an_exercise_to_avoid_needs_a_confirmation_that_is_recorded() {
        open("routines/new/" + patient.id() + "?template=" + template("Neck pain starter"));
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
                + "join routine_version v on v.id = i.routine_version_id join routine r on r.id = v.routine_id "
                + "where e.name = 'Full sit-up' and r.patient_id = ?", String.class, patient.id()))
                .isEqualTo(therapist.username());
        assertThat(routeOf(getCurrentView())).isEqualTo("routines/routine");
    }

    @Test
    void out_of_range_dosage_is_explained_beside_the_field_and_not_saved() {
        open("routines/new/" + patient.id() + "?template=" + template("Neck pain starter"));
        // the field's own limits stop the arrows, not typing; the server has the last word
        $(IntegerField.class).withLabel("Reps").first().setValue(500);
        var before = routines();

        test($(Button.class).withText("Save routine").single()).click();

        assertThat($(IntegerField.class).withLabel("Reps").first().getErrorMessage())
                .isEqualTo("Enter a whole number from 1 to 100.");
        assertThat(routines()).isEqualTo(before);
    }

    @Test
    void a_second_version_shows_in_the_history_with_what_changed() {
        var routine = data.routine(patient, RoutineDrafts.neckAndBack(jdbc, LocalDate.now(clock)));
        open("routines/revise/" + routine);
        test($(TextField.class).withLabel("Routine name").single()).setValue("Neck and back, week 2");
        test($(IntegerField.class).withLabel("Sets").first()).setValue(2);
        test($(Button.class).withText("Save new version").single()).click();

        assertThat(routeOf(getCurrentView())).isEqualTo("routines/routine");
        assertThat($(ListItem.class).all()).extracting(ListItem::getText).contains(
                "Renamed from \u201cNeck and back, daily\u201d to \u201cNeck and back, week 2\u201d",
                "Neck tilt: 1 set, 5 reps, hold 5 s \u2192 2 sets, 5 reps, hold 5 s");
    }

    @Test
    void another_therapist_cannot_open_any_of_it_by_address() {
        var routine = data.routine(patient, RoutineDrafts.neckAndBack(jdbc, LocalDate.now(clock)));
        var otherTherapist = data.therapist();
        var theirPatient = data.patientOf(otherTherapist);
        data.signIn(otherTherapist);

        assertThat(open("routines/routine/" + routine)).isEqualTo("NotFoundView");
        assertThat(open("routines/revise/" + routine)).isEqualTo("NotFoundView");
        assertThat(open("routines/new/" + patient.id())).isEqualTo("NotFoundView");
        assertThat(open("routines/new/" + theirPatient.id() + "?template=not-a-number")).isEqualTo("NotFoundView");
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

    /** The routines of this test's patient. */
    private long routines() {
        return jdbc.queryForObject("select count(*) from routine where patient_id = ?", Long.class, patient.id());
    }

    private long template(String name) {
        return RoutineDrafts.sharedTemplate(jdbc, name);
    }
}
