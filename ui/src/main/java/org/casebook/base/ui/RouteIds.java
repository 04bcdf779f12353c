package org.casebook.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.OptionalLong;

/** Reads the numeric id a route carries ("/briefs/:id"); a missing or malformed one shows "not found". */
public final class RouteIds {
    private RouteIds() {}

    /** The id, or empty after rerouting the event to "not found". */
    public static OptionalLong read(BeforeEnterEvent event, String parameter) {
        try {
            return OptionalLong.of(Long.parseLong(event.getRouteParameters().get(parameter).orElse("")));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return OptionalLong.empty();
        }
    }
}
