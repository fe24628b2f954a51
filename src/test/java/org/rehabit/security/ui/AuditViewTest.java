package org.rehabit.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData;
import org.rehabit.patients.service.PatientService;
import org.rehabit.security.domain.AuditEntry;
import org.rehabit.ui.BrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin's audit view and the patient's "who opened my record" page, as their users see them. */
class AuditViewTest extends BrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    PatientService patients;

    @Test
    void an_admin_finds_a_therapists_look_at_a_patient_and_checks_the_chain() {
        var therapist = data.therapist();
        var patient = data.patientOf(therapist);
        data.as(therapist, () -> patients.get(patient.id()));
        data.signIn(data.admin());
        open("admin/audit");

        test($(TextField.class).withLabel("Patient").single()).setValue(patient.displayName());

        Grid<AuditEntry> grid = $(Grid.class).single();
        var rows = IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
        assertThat(rows).extracting(AuditEntry::actorName).containsOnly(therapist.displayName());
        assertThat(rows).extracting(AuditEntry::patientName).containsOnly(patient.displayName());
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Opened the patient's details");

        test($(Button.class).withText("Check the chain now").single()).click();
        assertThat($(Paragraph.class).withClassName("audit-chain").single().getText())
                .contains("the chain holds up to entry");
    }

    @Test
    void a_patient_sees_their_therapist_opened_their_record() {
        var therapist = data.therapist();
        var patient = data.patientOf(therapist);
        data.signIn(patient);
        open("record-access");
        assertThat($(Paragraph.class).withText("Nobody at the clinic has opened your record yet.").single()
                .isVisible()).isTrue();

        data.as(therapist, () -> patients.get(patient.id()));
        open("record-access");

        VirtualList<AuditEntry> list = $(VirtualList.class).single();
        assertThat(test(list).size()).isEqualTo(1);
        var line = test(list).getItemComponent(0);
        assertThat(line.getChildren().map(child -> ((Span) child).getText())).first()
                .isEqualTo(therapist.displayName() + " · Therapist");
        assertThat(line.getChildren().map(child -> ((Span) child).getText())).last().asString()
                .startsWith("Opened the patient's details · ");
    }
}
