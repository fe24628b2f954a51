package org.rehabit.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rehabit.base.ui.Formats;
import org.rehabit.base.ui.Notifications;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.security.AppRoles;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.AccountSummary;
import org.rehabit.security.domain.Role;
import org.rehabit.security.service.AccountService;
import org.rehabit.security.service.TwoStep;
import org.springframework.data.domain.Sort;

/** Admin: every account, with creation, deactivation, password reset and moving patients between therapists. */
@Route("admin/accounts")
@Menu(title = "nav.accounts", order = 90, icon = "vaadin:key")
@RolesAllowed(AppRoles.ADMIN)
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accountService;
    private final TwoStep twoStep;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<Role> roleFilter = new Select<>();
    private final long currentUserId;

    AccountsView(AccountService accountService, TwoStep twoStep, CurrentUser currentUser) {
        this.accountService = accountService;
        this.twoStep = twoStep;
        this.currentUserId = currentUser.require().accountId();
        var create = new Button(getTranslation("accounts.new"), VaadinIcon.PLUS.create(),
                click -> new NewAccountDialog(accountService, () -> changed("accounts.new.done")).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        search.setPlaceholder(getTranslation("accounts.search"));
        search.setAriaLabel(getTranslation("accounts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("min(100%, 24rem)");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        roleFilter.setAriaLabel(getTranslation("accounts.role"));
        roleFilter.setItems(Role.values());
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("accounts.all-roles"));
        roleFilter.setItemLabelGenerator(role -> role == null ? getTranslation("accounts.all-roles")
                : getTranslation("role." + role.name()));
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        roleFilter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        configureGrid();
        setSizeFull();
        var filters = new HorizontalLayout(search, roleFilter);
        filters.setWrap(true);
        add(new ViewHeader(getTranslation("accounts.title"), create), filters, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("accounts.display-name"))
                .setSortProperty("displayName").setFlexGrow(2);
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("accounts.username"))
                .setSortProperty("username");
        grid.addColumn(AccountSummary::email).setHeader(getTranslation("accounts.email")).setSortProperty("email")
                .setFlexGrow(2);
        grid.addColumn(account -> getTranslation("role." + account.role().name()))
                .setHeader(getTranslation("accounts.role")).setSortProperty("role");
        grid.addColumn(account -> account.therapistName() == null ? "" : account.therapistName())
                .setHeader(getTranslation("accounts.therapist"));
        grid.addComponentColumn(this::status).setHeader(getTranslation("accounts.status"));
        grid.addColumn(account -> Formats.instant(account.lastLoginAt(), getLocale(), getTranslation("never")))
                .setHeader(getTranslation("accounts.last-login")).setSortProperty("lastLoginAt");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("accounts.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.setEmptyStateText(getTranslation("accounts.empty"));
        grid.setItemsPageable(pageable -> accountService.search(search.getValue(), roleFilter.getValue(),
                Formats.sortedOr(pageable, Sort.by("displayName"))).getContent());
    }

    private Component status(AccountSummary account) {
        var key = account.invited() ? "accounts.invited" : account.enabled() ? "accounts.active" : "accounts.inactive";
        var badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(account.enabled() ? "badge success" : "badge contrast");
        return badge;
    }

    private Component actions(AccountSummary account) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        var more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.setAriaLabel(getTranslation("accounts.actions-for", account.displayName()));
        var items = more.getSubMenu();
        items.addItem(getTranslation("accounts.reset"), click -> new ResetPasswordDialog(accountService, account,
                () -> changed("accounts.reset.done")).open());
        items.addItem(getTranslation("accounts.allow-sign-in"), click -> {
            accountService.allowSignIn(account.id());
            changed("accounts.allow-sign-in.done");
        });
        if (account.role() != Role.PATIENT) {
            items.addItem(getTranslation("accounts.reset-two-step"), click -> {
                twoStep.reset(account.id());
                changed("accounts.reset-two-step.done");
            });
        }
        if (account.role() == Role.PATIENT) {
            items.addItem(getTranslation("accounts.reassign"), click -> new ReassignTherapistDialog(accountService,
                    account, () -> changed("accounts.reassign.done")).open());
        }
        var toggle = account.enabled()
                ? items.addItem(getTranslation("accounts.deactivate"), click -> new DeactivateAccountDialog(
                        accountService, account, () -> changed("accounts.deactivated")).open())
                : items.addItem(getTranslation("accounts.reactivate"), click -> {
                    accountService.setEnabled(account.id(), true);
                    changed("accounts.reactivated");
                });
        // An admin who deactivated themselves could lock the clinic out.
        toggle.setEnabled(account.id() != currentUserId);
        return menu;
    }

    private void changed(String messageKey) {
        grid.getDataProvider().refreshAll();
        Notifications.success(getTranslation(messageKey));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
