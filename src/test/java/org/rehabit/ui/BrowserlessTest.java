package org.rehabit.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.AfterEach;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.ClassUtils;

/** A view test without a browser, against the real application and database. */
@IntegrationTest
public abstract class BrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    private TestData signIns;

    /** Nobody stays signed in for the next test. */
    @AfterEach
    void signOut() {
        signIns.signOut();
    }

    /** Navigates as a user typing the address would, and returns the route of the view that ended up shown. */
    protected String open(String path) {
        var query = path.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(path);
        } else {
            UI.getCurrent().navigate(path.substring(0, query), QueryParameters.fromString(path.substring(query + 1)));
        }
        return routeOf(getCurrentView());
    }

    protected static String routeOf(HasElement view) {
        var viewClass = ClassUtils.getUserClass(view.getClass());
        var route = viewClass.getAnnotation(Route.class);
        return route == null ? viewClass.getSimpleName() : route.value();
    }
}
