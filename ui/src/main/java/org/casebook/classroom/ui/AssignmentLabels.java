package org.casebook.classroom.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.casebook.brief.BriefSide;
import org.casebook.classroom.AssignmentStatus;
import org.casebook.classroom.AssignmentSummary;

/** Words and small components for assignments, shared by the teacher's and the student's lists. */
final class AssignmentLabels {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.ENGLISH);

    private AssignmentLabels() {}

    static String side(BriefSide side) {
        return switch (side) {
            case PRO -> "Pro";
            case CON -> "Con";
            case BOTH -> "Both (rebuttals)";
        };
    }

    static String status(AssignmentStatus status) {
        return switch (status) {
            case NOT_STARTED -> "Not started";
            case IN_PROGRESS -> "In progress";
            case SUBMITTED -> "Submitted";
            case LATE -> "Late";
            case RETURNED -> "Returned";
        };
    }

    static Span badge(AssignmentSummary a) {
        String words = status(a.status()) + (a.status() == AssignmentStatus.SUBMITTED && a.late() ? " (late)" : "");
        var badge = new Span(words);
        badge.addClassNames("cb-status-badge", "cb-status-" + a.status().name().toLowerCase(Locale.ROOT));
        if (a.status() == AssignmentStatus.LATE || a.late()) {
            badge.addClassName("cb-late");
        }
        if (a.status() == AssignmentStatus.SUBMITTED) {
            badge.addClassName("cb-submitted");
        }
        return badge;
    }

    /** A link into the brief editor (a router link: no page reload). */
    static Anchor briefLink(long briefId, String words) {
        var link = new Anchor("briefs/" + briefId, words);
        link.getElement().setAttribute("router-link", true);
        link.addClassName("cb-brief-link");
        return link;
    }
}
