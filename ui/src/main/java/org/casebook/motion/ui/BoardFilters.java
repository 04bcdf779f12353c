package org.casebook.motion.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.casebook.article.MotionBoard;

/**
 * The board's filters: by article, by speaker, by role or kind of evidence, and "Only unanswered". Each choice is
 * passed on as a change to the board's {@link BoardFilter}; the view applies it.
 */
class BoardFilters extends Div {
    final ComboBox<Long> article = new ComboBox<>("Article");
    final ComboBox<String> speaker = new ComboBox<>("Speaker");
    final Select<String> role = new Select<>();
    final Checkbox unansweredOnly = new Checkbox("Only unanswered");

    BoardFilters(Consumer<UnaryOperator<BoardFilter>> changed) {
        addClassName("cb-filters");
        role.setItems(BoardFilter.roleChoices());
        role.setValue(BoardFilter.ALL_ROLES);
        role.setLabel("Role or kind of evidence");
        role.setWidth("18em");
        article.setClearButtonVisible(true);
        article.setPlaceholder("All articles");
        speaker.setClearButtonVisible(true);
        speaker.setPlaceholder("Everyone");
        article.addValueChangeListener(e -> changed.accept(f -> f.withArticle(e.getValue())));
        speaker.addValueChangeListener(e -> changed.accept(f -> f.withSpeaker(e.getValue())));
        role.addValueChangeListener(e -> changed.accept(f -> f.withRoleChoice(e.getValue())));
        unansweredOnly.addValueChangeListener(e -> changed.accept(f -> f.withUnansweredOnly(e.getValue())));
        add(article, speaker, role, unansweredOnly);
    }

    /** Offers the board's articles (by heading) and speakers to choose from. */
    void offer(MotionBoard board) {
        Map<Long, String> headings = new LinkedHashMap<>();
        board.rows().forEach(r -> headings.putIfAbsent(r.argument().articleId(), r.argument().articleHeading()));
        article.setItems(headings.keySet());
        article.setItemLabelGenerator(headings::get);
        speaker.setItems(board.rows().stream().map(r -> BoardFilter.speakerOf(r.argument())).distinct().sorted()
                .toList());
    }
}
