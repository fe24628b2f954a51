package org.rehabit.patients.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rehabit.base.ui.Formats;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.patients.service.PatientService;
import org.rehabit.security.AppRoles;
import org.rehabit.security.domain.PatientSummary;
import org.springframework.data.domain.Sort;

/** The therapist's home: their own patients, searchable; adding a patient starts here. */
@Route("caseload")
@Menu(title = "nav.caseload", order = 10, icon = "vaadin:users")
@RolesAllowed(AppRoles.THERAPIST)
class CaseloadView extends VerticalLayout implements HasDynamicTitle {

    CaseloadView(PatientService patients) {
        var search = new TextField();
        search.setPlaceholder(getTranslation("caseload.search"));
        search.setAriaLabel(getTranslation("caseload.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("min(100%, 24rem)");
        search.setValueChangeMode(ValueChangeMode.LAZY);

        var grid = new Grid<PatientSummary>();
        grid.addColumn(PatientSummary::displayName).setHeader(getTranslation("caseload.name"))
                .setSortProperty("displayName").setFlexGrow(2);
        grid.addColumn(PatientSummary::email).setHeader(getTranslation("caseload.email")).setSortProperty("email")
                .setFlexGrow(2);
        grid.addColumn(patient -> Formats.instant(patient.lastLoginAt(), getLocale(), getTranslation("never")))
                .setHeader(getTranslation("caseload.last-login")).setSortProperty("lastLoginAt").setAutoWidth(true);
        grid.addColumn(patient -> getTranslation(patient.invited() ? "patients.status.invited"
                : "patients.status.active")).setHeader(getTranslation("caseload.status")).setAutoWidth(true);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(PatientView.class,
                click.getItem().id())));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("caseload.empty"));
        grid.setItemsPageable(pageable -> patients
                .caseload(search.getValue(), Formats.sortedOr(pageable, Sort.by("displayName"))).getContent());
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        var add = new Button(getTranslation("patients.add"), VaadinIcon.PLUS.create(),
                click -> new AddPatientDialog(patients, () -> grid.getDataProvider().refreshAll()).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setSizeFull();
        add(new ViewHeader(getTranslation("caseload.title"), add), search, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("caseload.title");
    }
}
