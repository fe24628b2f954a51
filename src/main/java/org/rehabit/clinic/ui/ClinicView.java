package org.rehabit.clinic.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rehabit.base.ui.FieldErrors;
import org.rehabit.base.ui.Notifications;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.clinic.domain.ClinicProfile;
import org.rehabit.clinic.service.ClinicService;
import org.rehabit.clinic.service.ClinicService.ClinicField;
import org.rehabit.security.AppRoles;

/** An admin sets the clinic's name and contact details, which patients see where they may need to call. */
@Route("admin/clinic")
@Menu(title = "nav.clinic", order = 93, icon = "vaadin:hospital")
@RolesAllowed(AppRoles.ADMIN)
class ClinicView extends VerticalLayout implements HasDynamicTitle {

    ClinicView(ClinicService clinic) {
        setMaxWidth("36rem");
        var profile = clinic.profile();
        var name = new TextField(getTranslation("clinic.name"));
        name.setMaxLength(ClinicProfile.NAME_MAX_LENGTH);
        name.setValue(profile.name());
        var phone = new TextField(getTranslation("clinic.phone"));
        phone.setValue(profile.phone() == null ? "" : profile.phone());
        var email = new EmailField(getTranslation("clinic.email"));
        email.setMaxLength(ClinicProfile.EMAIL_MAX_LENGTH);
        email.setValue(profile.email() == null ? "" : profile.email());
        var hours = new TextArea(getTranslation("clinic.opening-hours"));
        hours.setMaxLength(ClinicProfile.OPENING_HOURS_MAX_LENGTH);
        hours.setValue(profile.openingHours() == null ? "" : profile.openingHours());
        for (var field : new HasSize[] {name, phone, email, hours}) {
            field.setWidthFull();
        }
        var errors = new FieldErrors(this).bind(ClinicField.NAME, name).bind(ClinicField.PHONE, phone)
                .bind(ClinicField.EMAIL, email).bind(ClinicField.OPENING_HOURS, hours);
        var save = new Button(getTranslation("clinic.save"), click -> {
            if (errors.submit(() -> clinic.save(new ClinicProfile(name.getValue(), phone.getValue(),
                    email.getValue(), hours.getValue())))) {
                Notifications.success(getTranslation("clinic.saved"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader(getTranslation("clinic.title")), new Paragraph(getTranslation("clinic.intro")), name,
                phone, email, hours, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clinic.title");
    }
}
