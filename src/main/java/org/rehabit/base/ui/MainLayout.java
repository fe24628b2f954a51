package org.rehabit.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;

/**
 * The frame around every signed-in view. The menu comes from {@code @Menu} annotations and Vaadin leaves out
 * the views the signed-in role may not open; menu titles are translation keys.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authenticationContext, List<LayoutNotice> notices, Clock clock) {
        setPrimarySection(Section.DRAWER);
        var appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        addToNavbar(new DrawerToggle(), appName);
        notices.forEach(notice -> notice.forSignedInUser().ifPresent(this::addToNavbar));
        addToDrawer(new Scroller(menu()));
        authenticationContext.getAuthenticatedUser(SignedInUser.class)
                .ifPresent(user -> addToDrawer(userBox(user, authenticationContext)));
        addToNavbar(new IdleWatch(authenticationContext, clock));
    }

    /** The view is the page's main landmark, so a screen reader can jump past the menu to it. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    private SideNav menu() {
        var nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            item.setMatchNested(true);
            nav.addItem(item);
        });
        return nav;
    }

    private Component userBox(SignedInUser user, AuthenticationContext authenticationContext) {
        var name = new Span(user.displayName());
        name.addClassName("user-name");
        var role = new Span(getTranslation("role." + user.roleName()));
        role.addClassName("user-role");
        var logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authenticationContext.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var box = new Div(name, role, logout);
        box.addClassName("user-box");
        return box;
    }
}
