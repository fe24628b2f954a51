package org.rehabit.adherence.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.function.SerializablePredicate;
import java.util.stream.IntStream;
import org.rehabit.adherence.domain.PartUnit;

/**
 * How much of a partly done exercise was done, in its unit: a chip for each amount when there are a few (2 of 3 sets,
 * 3 of 5 repetitions), else a number to type (12 of 20 minutes). Always less than prescribed: all of it is "Done".
 */
class PartField extends Composite<Div> {

    /** Up to this many amounts are offered as chips. */
    static final int CHIPS_AT_MOST = 12;

    private final ChoiceChips<Integer> chips;
    private final IntegerField number;
    private final Button save;

    PartField(PartUnit unit, int prescribed, SerializablePredicate<Integer> picked) {
        var label = getTranslation("today.part-done." + unit.name());
        var caption = new Span(label);
        caption.addClassName("field-label");
        getContent().addClassName("part-done");
        if (prescribed - 1 <= CHIPS_AT_MOST) {
            chips = new ChoiceChips<>(label, IntStream.range(1, prescribed).boxed().toList(),
                    n -> getTranslation("today.part-done-of." + unit.name(), n, prescribed), picked);
            number = null;
            save = null;
            getContent().add(caption, chips);
            return;
        }
        chips = null;
        number = new IntegerField(label);
        number.setMin(1);
        number.setMax(prescribed - 1);
        number.setStepButtonsVisible(true);
        number.setHelperText(getTranslation("today.part-done-of-total." + unit.name(), prescribed));
        number.setErrorMessage(getTranslation("day.part-range"));
        save = new Button(getTranslation("today.part-save"), click -> {
            var value = number.getValue();
            var valid = value != null && value >= 1 && value < prescribed;
            number.setInvalid(!valid);
            if (valid) {
                picked.test(value);
            }
        });
        save.addClassName("chip");
        var row = new Div(number, save);
        row.addClassName("part-number");
        getContent().add(row);
    }

    /** Shows a saved amount without saving it again. */
    void show(Integer done) {
        if (chips != null) {
            chips.show(done);
        } else {
            number.setValue(done);
        }
    }

    void setReadOnly(boolean readOnly) {
        if (chips != null) {
            chips.setReadOnly(readOnly);
        } else {
            number.setReadOnly(readOnly);
            save.setVisible(!readOnly);
        }
    }
}
