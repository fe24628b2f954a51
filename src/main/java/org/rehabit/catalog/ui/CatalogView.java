package org.rehabit.catalog.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.rehabit.base.ui.Formats;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.catalog.domain.BodyRegion;
import org.rehabit.catalog.domain.CatalogFilter;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Equipment;
import org.rehabit.catalog.domain.ExerciseCategory;
import org.rehabit.catalog.domain.Position;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.catalog.service.ExerciseSummary;
import org.rehabit.security.AppRoles;
import org.springframework.data.domain.Sort;

/** Therapists and admins browse the catalog: text search, five filters, a lazy grid; a row opens the item. */
@Route("catalog")
@Menu(title = "nav.catalog", order = 20, icon = "vaadin:book")
@RolesAllowed({AppRoles.THERAPIST, AppRoles.ADMIN})
class CatalogView extends VerticalLayout implements HasDynamicTitle {

    private static final int PHONE_WIDTH = 600;

    private final CatalogText text = new CatalogText(this);
    private final TextField search = new TextField();
    private final Select<BodyRegion> region = filter("catalog.filter.region", BodyRegion.values());
    private final Select<ExerciseCategory> category = filter("catalog.filter.category", ExerciseCategory.values());
    private final Select<Equipment> equipment = filter("catalog.filter.equipment", Equipment.values());
    private final Select<Position> position = filter("catalog.filter.position", Position.values());
    private final Select<CatalogStatus> status = filter("catalog.filter.status", CatalogStatus.values());
    private final Checkbox withoutEquipment = new Checkbox(getTranslation("catalog.filter.no-equipment"));
    private final Checkbox includeRetired = new Checkbox(getTranslation("catalog.filter.retired"));
    private final Grid<ExerciseSummary> grid = new Grid<>();

    CatalogView(CatalogService catalog) {
        search.setPlaceholder(getTranslation("catalog.search"));
        search.setAriaLabel(getTranslation("catalog.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(100%, 24rem)");
        List.<HasValue<?, ?>>of(search, region, category, equipment, withoutEquipment, position, status,
                includeRetired)
                .forEach(field -> field.addValueChangeListener(change -> grid.getDataProvider().refreshAll()));

        grid.addColumn(ExerciseSummary::name).setHeader(getTranslation("catalog.name")).setSortProperty("name")
                .setFlexGrow(3);
        grid.addComponentColumn(item -> text.statusBadge(item.status())).setHeader(getTranslation("catalog.status"))
                .setAutoWidth(true).setFlexGrow(0);
        var details = List.of(
                grid.addColumn(item -> text.labels(item.regions())).setHeader(getTranslation("catalog.regions"))
                        .setFlexGrow(2),
                grid.addColumn(item -> text.label(item.category())).setHeader(getTranslation("catalog.category"))
                        .setSortProperty("category"),
                grid.addColumn(item -> text.label(item.position()) + (item.retired()
                        ? " · " + getTranslation("catalog.retired") : ""))
                        .setHeader(getTranslation("catalog.position")));
        // On a phone only the name and the status fit; the item's page shows the rest.
        addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(client -> showDetails(details, client.getWindowInnerWidth()));
            page.addBrowserWindowResizeListener(resize -> showDetails(details, resize.getWidth()));
        });
        grid.setItemsPageable(pageable -> catalog.search(filter(), Formats.sortedOr(pageable, Sort.by("name")))
                .getContent());
        grid.setEmptyStateText(getTranslation("catalog.empty"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ExerciseView.class,
                click.getItem().id())));

        var create = new Button(getTranslation("catalog.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ExerciseEditorView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        equipment.addValueChangeListener(change -> withoutEquipment.setEnabled(change.getValue() == null));
        withoutEquipment.addValueChangeListener(change -> equipment.setEnabled(!change.getValue()));
        var filters = new FlexLayout(search, region, category, equipment, position, status, withoutEquipment,
                includeRetired);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filter-bar");
        setSizeFull();
        add(new ViewHeader(getTranslation("catalog.title"), create), filters, grid);
        setFlexGrow(1, grid);
    }

    private static void showDetails(List<Grid.Column<ExerciseSummary>> columns, int windowWidth) {
        columns.forEach(column -> column.setVisible(windowWidth >= PHONE_WIDTH));
    }

    private CatalogFilter filter() {
        return new CatalogFilter(search.getValue(), region.getValue(), category.getValue(), equipment.getValue(),
                withoutEquipment.getValue(), position.getValue(), status.getValue(), includeRetired.getValue());
    }

    @SafeVarargs
    private <T extends Enum<T>> Select<T> filter(String labelKey, T... values) {
        var select = new Select<T>();
        select.setAriaLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(labelKey));
        select.setItemLabelGenerator(value -> value == null ? getTranslation(labelKey) : text.label(value));
        return select;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title");
    }
}
