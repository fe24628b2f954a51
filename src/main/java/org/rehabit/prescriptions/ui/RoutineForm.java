package org.rehabit.prescriptions.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.rehabit.base.service.Problem;
import org.rehabit.base.ui.FieldErrors;
import org.rehabit.prescriptions.domain.RoutineVersion;
import org.rehabit.prescriptions.domain.Schedule;
import org.rehabit.prescriptions.service.ItemDraft;
import org.rehabit.prescriptions.service.RoutineDraft;
import org.rehabit.prescriptions.service.RoutineField;

/** The routine's own fields: name, dates and schedule (fixed weekdays, or a number of days a week). */
class RoutineForm extends Composite<FormLayout> {

    private enum Days { FIXED, PER_WEEK }

    private final TextField name = new TextField();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final RadioButtonGroup<Days> days = new RadioButtonGroup<>();
    private final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>();
    private final IntegerField daysPerWeek = new IntegerField();
    private final IntegerField timesPerDay = new IntegerField();
    private final FieldErrors errors = new FieldErrors(this);

    RoutineForm(String startLabelKey) {
        name.setLabel(getTranslation("routine.name"));
        name.setMaxLength(RoutineVersion.NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        start.setLabel(getTranslation(startLabelKey));
        start.setRequiredIndicatorVisible(true);
        end.setLabel(getTranslation("routine.end"));
        end.setHelperText(getTranslation("routine.end.help"));
        end.setClearButtonVisible(true);
        days.setLabel(getTranslation("routine.days"));
        days.setItems(Days.values());
        days.setItemLabelGenerator(value -> getTranslation("routine.days." + value.name()));
        weekdays.setLabel(getTranslation("routine.weekdays"));
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(day -> getTranslation("schedule.weekday." + day.name()));
        daysPerWeek.setLabel(getTranslation("routine.days-per-week"));
        daysPerWeek.setMin(1);
        daysPerWeek.setMax(Schedule.MAX_DAYS_PER_WEEK);
        daysPerWeek.setStepButtonsVisible(true);
        timesPerDay.setLabel(getTranslation("routine.times-per-day"));
        timesPerDay.setMin(1);
        timesPerDay.setMax(Schedule.MAX_TIMES_PER_DAY);
        timesPerDay.setStepButtonsVisible(true);
        days.addValueChangeListener(change -> showDays(change.getValue()));
        var form = getContent();
        form.add(name, start, end, days, weekdays, daysPerWeek, timesPerDay);
        form.setColspan(name, 2);
        form.setColspan(days, 2);
        form.setColspan(weekdays, 2);
        errors.bind(RoutineField.NAME, name).bind(RoutineField.START_DATE, start).bind(RoutineField.END_DATE, end)
                .bind(RoutineField.SCHEDULE, weekdays).bind(RoutineField.TIMES_PER_DAY, timesPerDay);
    }

    void fill(RoutineDraft draft) {
        name.setValue(draft.name() == null ? "" : draft.name());
        start.setValue(draft.startDate());
        end.setValue(draft.endDate());
        var schedule = draft.schedule();
        days.setValue(schedule.fixedDays() ? Days.FIXED : Days.PER_WEEK);
        weekdays.setValue(schedule.weekdays());
        daysPerWeek.setValue(schedule.daysPerWeek());
        timesPerDay.setValue(schedule.timesPerDay());
    }

    RoutineDraft draft(List<ItemDraft> items) {
        var times = timesPerDay.getValue();
        var schedule = days.getValue() == Days.PER_WEEK
                ? new Schedule(null, daysPerWeek.getValue(), times)
                : Schedule.onWeekdays(weekdays.getValue(), times);
        return new RoutineDraft(name.getValue(), start.getValue(), end.getValue(), schedule, items);
    }

    void showProblems(Map<Enum<?>, Problem> problems) {
        errors.show(problems);
        if (days.getValue() == Days.PER_WEEK) {
            var problem = problems.get(RoutineField.SCHEDULE);
            daysPerWeek.setInvalid(problem != null);
            daysPerWeek.setErrorMessage(problem == null ? null : errors.text(problem));
        }
    }

    private void showDays(Days value) {
        weekdays.setVisible(value == Days.FIXED);
        daysPerWeek.setVisible(value == Days.PER_WEEK);
    }
}
