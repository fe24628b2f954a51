package org.rehabit.clinic.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.rehabit.base.service.Translator;
import org.rehabit.clinic.domain.ClinicProfile;
import org.rehabit.clinic.service.ClinicService;

/**
 * How to reach the clinic, for where a patient may need to call (the Messages page, the red-flag screen): the name,
 * the phone number as a link a phone dials, the e-mail address and the opening hours, as far as an admin set them.
 */
public class ClinicContact extends Composite<Div> {

    /** One line of the contact details: a link when {@code href} is set. */
    public record Line(String text, String href, String className) {
    }

    public ClinicContact(ClinicService clinic) {
        var box = getContent();
        box.addClassName("clinic-contact");
        for (var line : lines(clinic.profile(), this::getTranslation)) {
            if (line.className().equals("clinic-name")) {
                var name = new Span(line.text());
                name.addClassName(line.className());
                box.add(name);
                continue;
            }
            if (line.href() == null) {
                var paragraph = new Paragraph(line.text());
                paragraph.addClassName(line.className());
                box.add(paragraph);
            } else {
                var link = new Anchor(line.href(), line.text());
                link.addClassName(line.className());
                box.add(new Paragraph(link));
            }
        }
    }

    /** The lines, for the pages drawn in the browser too. */
    public static List<Line> lines(ClinicProfile profile, Translator text) {
        var lines = new ArrayList<Line>();
        lines.add(new Line(profile.name(), null, "clinic-name"));
        if (profile.phone() != null) {
            lines.add(new Line(text.translate("clinic.call", profile.phone()),
                    "tel:" + profile.phone().replaceAll("[^0-9+]", ""), "clinic-phone"));
        }
        if (profile.email() != null) {
            lines.add(new Line(profile.email(), "mailto:" + profile.email(), "clinic-email"));
        }
        if (profile.openingHours() != null) {
            lines.add(new Line(text.translate("clinic.open", profile.openingHours()), null, "clinic-hours"));
        }
        if (profile.phone() == null && profile.email() == null) {
            lines.add(new Line(text.translate("clinic.no-contact"), null, "clinic-no-contact"));
        }
        return lines;
    }
}
