package org.rehabit.clinic.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.rehabit.clinic.service.ClinicService;

/**
 * How to reach the clinic, for where a patient may need to call (the Messages page, the red-flag screen): the name,
 * the phone number as a link a phone dials, the e-mail address and the opening hours, as far as an admin set them.
 */
public class ClinicContact extends Composite<Div> {

    public ClinicContact(ClinicService clinic) {
        var profile = clinic.profile();
        var box = getContent();
        box.addClassName("clinic-contact");
        var name = new Span(profile.name());
        name.addClassName("clinic-name");
        box.add(name);
        if (profile.phone() != null) {
            var call = new Anchor("tel:" + profile.phone().replaceAll("[^0-9+]", ""),
                    getTranslation("clinic.call", profile.phone()));
            call.addClassName("clinic-phone");
            box.add(new Paragraph(call));
        }
        if (profile.email() != null) {
            box.add(new Paragraph(new Anchor("mailto:" + profile.email(), profile.email())));
        }
        if (profile.openingHours() != null) {
            var hours = new Paragraph(getTranslation("clinic.open", profile.openingHours()));
            hours.addClassName("clinic-hours");
            box.add(hours);
        }
        if (profile.phone() == null && profile.email() == null) {
            box.add(new Paragraph(getTranslation("clinic.no-contact")));
        }
    }
}
