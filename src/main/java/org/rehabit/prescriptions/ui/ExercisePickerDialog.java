package org.rehabit.prescriptions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Set;
import java.util.function.LongConsumer;
import org.rehabit.base.ui.Formats;
import org.rehabit.catalog.domain.BodyRegion;
import org.rehabit.catalog.domain.CatalogFilter;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.catalog.service.ExerciseSummary;
import org.springframework.data.domain.Sort;

/** Finds a catalog item by name and body region; choosing a row hands its id to the builder and closes. */
class ExercisePickerDialog extends Dialog {

    private final TextField search = new TextField();
    private final Select<BodyRegion> region = new Select<>();
    private final Grid<ExerciseSummary> grid = new Grid<>();

    ExercisePickerDialog(CatalogService catalog, Set<Long> alreadyChosen, LongConsumer chosen) {
        setHeaderTitle(getTranslation("routine.picker.title"));
        setWidth("min(48rem, 95vw)");
        var text = new RoutineText(this);
        search.setPlaceholder(getTranslation("routine.picker.search"));
        search.setAriaLabel(getTranslation("routine.picker.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        region.setPlaceholder(getTranslation("catalog.filter.region"));
        region.setAriaLabel(getTranslation("catalog.filter.region"));
        region.setItems(BodyRegion.values());
        region.setEmptySelectionAllowed(true);
        region.setItemLabelGenerator(value -> value == null ? getTranslation("catalog.filter.region")
                : getTranslation("catalog.BodyRegion." + value.name()));
        grid.addColumn(ExerciseSummary::name).setHeader(getTranslation("catalog.name")).setFlexGrow(3);
        grid.addComponentColumn(item -> text.statusBadge(item.status())).setHeader(getTranslation("catalog.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItemsPageable(pageable -> catalog.search(
                new CatalogFilter(search.getValue(), region.getValue(), null, null, false, null, null, false),
                Formats.sortedOr(pageable, Sort.by("name"))).getContent());
        grid.setPartNameGenerator(item -> alreadyChosen.contains(item.id()) ? "chosen" : null);
        grid.addItemClickListener(click -> {
            if (!alreadyChosen.contains(click.getItem().id())) {
                close();
                chosen.accept(click.getItem().id());
            }
        });
        grid.setHeight("24rem");
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        region.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        var filters = new HorizontalLayout(search, region);
        filters.setWidthFull();
        search.setWidthFull();
        add(filters, grid);
        getFooter().add(new Button(getTranslation("cancel"), click -> close()));
    }
}
