package org.casebook.motion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.function.Consumer;
import org.casebook.article.MotionBoard;
import org.jspecify.annotations.Nullable;

/**
 * The board's key points, each with how many sources make it; choosing one shows only its arguments on the board,
 * "All arguments" shows every argument again. {@code chosen} receives the key point's id, or null for all.
 */
final class KeyPointList extends Details {

    KeyPointList(MotionBoard board, @Nullable Long current, Consumer<@Nullable Long> chosen) {
        super("Key points (" + board.keyPoints().size() + ")");
        addClassName("cb-key-points");
        if (board.keyPoints().isEmpty()) {
            add(new Paragraph("No point is made by several arguments yet; key points appear here as the library "
                    + "grows."));
            return;
        }
        var list = new UnorderedList();
        for (MotionBoard.KeyPoint k : board.keyPoints()) {
            var count = new Span(sources(k.sources()));
            count.addClassName("cb-count");
            var show = new Button(k.label(), e -> chosen.accept(k.id()));
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            show.setAriaLabel("Show only the arguments of the key point: " + k.label());
            show.getElement().setAttribute("aria-pressed", String.valueOf(k.id() == (current == null ? -1 : current)));
            list.add(new ListItem(count, new Span(" "), show));
        }
        add(list);
        if (current != null) {
            var all = new Button("All arguments", e -> chosen.accept(null));
            all.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(all);
            setOpened(true);
        }
    }

    /** "1 source", "3 sources". */
    static String sources(int n) {
        return n + (n == 1 ? " source" : " sources");
    }
}
