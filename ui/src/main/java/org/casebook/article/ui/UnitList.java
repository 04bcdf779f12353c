package org.casebook.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.casebook.article.ArticleDetails;
import org.casebook.article.Side;
import org.casebook.article.UnitCorrections;
import org.casebook.article.UnitDetails;
import org.casebook.brief.BriefColumn;
import org.casebook.brief.BriefService;
import org.casebook.brief.ui.AddToBriefDialog;
import org.casebook.motion.MotionSummary;
import org.jspecify.annotations.Nullable;

/**
 * The reader's list of an article's units beside its text: each unit's label, words, speaker and what it supports,
 * with Correct and Boundaries (for those who may change the article) and Add to brief (when a motion is chosen). A
 * click on an item, or Enter on it, shows the unit in the text. {@code changed} runs after a correction.
 */
final class UnitList extends Aside {

    UnitList(ArticleDetails article, @Nullable MotionSummary motion, ReaderText text, boolean editable,
            UnitCorrections corrections, BriefService briefs, Runnable changed) {
        List<UnitDetails> units = article.units();
        addClassName("cb-unit-list");
        add(new H3("Units (" + units.size() + ")"));
        if (units.isEmpty()) {
            var none = new Paragraph("The analysis found no argument units in this article yet.");
            none.addClassName("cb-empty");
            add(none);
            return;
        }
        var list = new OrderedList();
        Long motionId = motion == null ? null : motion.id();
        for (UnitDetails unit : units) {
            Side side = UnitLabels.side(unit, motionId);
            var label = new Span(UnitLabels.label(unit, side));
            label.addClassNames(UnitLabels.classNames(unit, side));
            label.addClassName("cb-unit-badge");
            var snippet = new Span(unit.text());
            snippet.addClassName("cb-unit-snippet");
            var who = new Span(UnitLabels.speaker(unit));
            who.addClassName("cb-unit-speaker");
            var item = new ListItem(label, snippet, who);
            String supports = UnitLabels.supports(unit, units);
            if (supports != null) {
                var link = new Span(supports);
                link.addClassName("cb-unit-supports");
                item.add(link);
            }
            var actions = editable ? new Div(button("Correct", "Correct unit: ", unit, () -> new UnitCorrectionDialog(
                    corrections, unit, motionId, side, changed).open()), button("Boundaries",
                    "Change where this unit starts and ends: ", unit, () -> UnitSpanDialog.boundaries(corrections,
                            unit.id(), article.body(), unit.start(), unit.end(), changed).open())) : new Div();
            if (motion != null) {
                actions.add(button("Add to brief", "Add to brief: ", unit, () -> new AddToBriefDialog(briefs,
                        motion.id(), motion.text(), unit.id(), side == Side.CON ? BriefColumn.CON : BriefColumn.PRO,
                        shortText(unit.text())).open()));
            }
            actions.addClassName("cb-unit-actions");
            item.add(actions);
            item.getElement().setAttribute("title", UnitLabels.tooltip(unit, side));
            showsInText(item, text.spanOf(unit.id()));
            list.add(item);
        }
        add(list);
    }

    private static Button button(String words, String ariaPrefix, UnitDetails unit, Runnable action) {
        var button = new Button(words, e -> action.run());
        button.setAriaLabel(ariaPrefix + shortText(unit.text()));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** A click on the item (not on one of its buttons), or Enter on the item itself, scrolls to the unit. */
    private static void showsInText(ListItem item, @Nullable Span target) {
        if (target == null) {
            return;
        }
        item.getElement().addEventListener("click", e -> target.scrollIntoView())
                .setFilter("!event.target.closest('vaadin-button')");
        item.getElement().setAttribute("tabindex", "0");
        item.getElement().addEventListener("keydown", e -> target.scrollIntoView())
                .setFilter("event.key === 'Enter' && event.target === element");
        item.addClassName("cb-clickable");
    }

    static String shortText(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
