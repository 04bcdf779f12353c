package org.casebook.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Errors in event handlers (clicks and the like) become a short notification; the details go to the log. */
@Component
class ErrorHandling implements VaadinServiceInitListener {
    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(error -> {
            log.error("Unexpected error in the user interface", error.getThrowable());
            if (UI.getCurrent() != null) { // set while a user's request is handled
                var notification = Notification.show("Something went wrong. Please try again.", 5000,
                        Notification.Position.BOTTOM_CENTER);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }
}
