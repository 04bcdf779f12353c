package org.casebook.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.casebook.account.NotAllowedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Errors in event handlers (clicks and the like) become a short notification; the details go to the log. An
 * action the caller may not take (a service's {@link NotAllowedException}) says so in its own words.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {
    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(error -> {
            NotAllowedException refused = refusal(error.getThrowable());
            if (refused == null) {
                log.error("Unexpected error in the user interface", error.getThrowable());
            }
            if (UI.getCurrent() != null) { // set while a user's request is handled
                var notification = Notification.show(refused != null ? "Not allowed: " + refused.getMessage() + "."
                        : "Something went wrong. Please try again.", 5000, Notification.Position.BOTTOM_CENTER);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }

    private static @Nullable NotAllowedException refusal(@Nullable Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause()) {
            if (e instanceof NotAllowedException n) {
                return n;
            }
        }
        return null;
    }
}
