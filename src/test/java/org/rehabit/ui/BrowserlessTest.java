package org.rehabit.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.AfterEach;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.util.ClassUtils;

/** A view test without a browser, against the real application and database. */
@IntegrationTest
public abstract class BrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    private TestData testDataForSignIn;
    @Autowired
    private SecurityContextHolderStrategy securityOfThisContext;
    private boolean signedInForViews;

    /**
     * Signs in as the account for the services and the views alike; call {@link #open} afterwards.
     * {@link TestData#signIn} sets the security context of this test's application context, which the services
     * read. A browserless view reads the global {@link SecurityContextHolder} instead, and its strategy belongs to
     * whichever application context started last: another test class's, if one with another configuration (a real
     * browser's, say) started after this one. So the sign-in is copied there too, and forgotten after the test.
     */
    protected void signInForViews(TestAccount account) {
        testDataForSignIn.signIn(account);
        SecurityContextHolder.setContext(securityOfThisContext.getContext());
        signedInForViews = true;
    }

    @AfterEach
    void forgetTheSignInForViews() {
        if (signedInForViews) {
            SecurityContextHolder.clearContext();
            signedInForViews = false;
        }
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
