package org.rehabit.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A link from the patient's day to a page of another feature (their progress), so that the day need not know that
 * feature. Implementations are Spring beans, shown in their {@code @Order}.
 */
public interface TodayLink {

    Component create();
}
