package org.rehabit.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/** A reminder a feature shows at the top of every view for the signed-in user, when it has one for them. */
public interface LayoutNotice {

    Optional<Component> forSignedInUser();
}
