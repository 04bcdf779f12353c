package org.casebook.article.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import org.casebook.article.LibraryQuery;
import org.casebook.article.LibraryQuery.Mode;
import org.casebook.article.LibraryQuery.Order;
import org.casebook.article.Side;
import org.casebook.motion.MotionSummary;
import org.jspecify.annotations.Nullable;

/**
 * The library's search field and filters. Knows no service: it is given the outlets and motions to offer and tells
 * its listener the {@link LibraryQuery} whenever anything changes.
 */
class LibraryFilters extends Composite<Div> {
    final TextField search = new TextField();
    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>("Match");
    final ComboBox<String> outlet = new ComboBox<>("Outlet");
    final DatePicker from = new DatePicker("Date from");
    final DatePicker to = new DatePicker("Date until");
    final ComboBox<MotionSummary> motion = new ComboBox<>("Motion");
    final Select<Side> stance = new Select<>();
    final Select<Order> order = new Select<>();
    private final Consumer<LibraryQuery> listener;

    LibraryFilters(Consumer<LibraryQuery> listener) {
        this.listener = listener;
        search.setLabel("Search");
        search.setPlaceholder("Words in titles and units, or an idea");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(400);
        search.addClassName("cb-library-search");
        search.setHelperText("Words: \"exact phrase\", -exclude, or. Meaning: finds the same idea in other words.");

        mode.setItems(Mode.WORDS, Mode.MEANING);
        mode.setItemLabelGenerator(m -> m == Mode.WORDS ? "Words" : "Meaning");
        mode.setValue(Mode.WORDS);

        outlet.setClearButtonVisible(true);
        outlet.setPlaceholder("Any");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));

        motion.setClearButtonVisible(true);
        motion.setPlaceholder("Any");
        motion.setItemLabelGenerator(MotionSummary::text);
        stance.setLabel("Stance");
        stance.setItems(Side.PRO, Side.CON, Side.NEUTRAL);
        stance.setEmptySelectionAllowed(true);
        stance.setEmptySelectionCaption("Either side");
        stance.setItemLabelGenerator(s -> s == null ? "Either side" : switch (s) {
            case PRO -> "Pro (supports)";
            case CON -> "Con (opposes)";
            case NEUTRAL -> "Neutral";
        });
        stance.setEnabled(false);
        motion.addValueChangeListener(e -> {
            stance.setEnabled(e.getValue() != null);
            if (e.getValue() == null) {
                stance.clear();
            }
        });

        order.setLabel("Sort by");
        order.setItems(Order.values());
        order.setItemLabelGenerator(LibraryFilters::label);
        order.setValue(Order.BEST_MATCH);

        var row = new Div(outlet, from, to, motion, stance, order);
        row.addClassName("cb-library-filter-row");
        var searchRow = new Div(search, mode);
        searchRow.addClassName("cb-library-search-row");
        getContent().add(searchRow, row);
        getContent().addClassName("cb-library-filters");

        search.addValueChangeListener(e -> changed());
        mode.addValueChangeListener(e -> changed());
        outlet.addValueChangeListener(e -> changed());
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        motion.addValueChangeListener(e -> changed());
        stance.addValueChangeListener(e -> changed());
        order.addValueChangeListener(e -> changed());
    }

    void offer(List<String> outlets, List<MotionSummary> motions) {
        var chosenOutlet = outlet.getValue();
        outlet.setItems(outlets);
        if (chosenOutlet != null && outlets.contains(chosenOutlet)) {
            outlet.setValue(chosenOutlet);
        }
        var chosenMotion = motion.getValue();
        motion.setItems(motions);
        if (chosenMotion != null && motions.contains(chosenMotion)) {
            motion.setValue(chosenMotion);
        }
    }

    /** The query the fields describe now. */
    LibraryQuery query() {
        var start = from.getValue();
        var end = to.getValue();
        if (start != null && end != null && end.isBefore(start)) {
            end = null; // the pickers' min/max prevent this; a typed date might not
        }
        MotionSummary chosen = motion.getValue();
        @Nullable Side side = chosen == null ? null : stance.getValue();
        return new LibraryQuery(search.getValue().strip(), mode.getValue() == null ? Mode.WORDS : mode.getValue(),
                outlet.getValue(), start, end, chosen == null ? null : chosen.id(), side,
                order.getValue() == null ? Order.BEST_MATCH : order.getValue());
    }

    /** True when anything narrows the list. */
    boolean narrowing() {
        var q = query();
        return q.searching() || q.outlet() != null || q.from() != null || q.to() != null || q.motionId() != null;
    }

    void clear() {
        search.clear();
        outlet.clear();
        from.clear();
        to.clear();
        motion.clear();
    }

    private void changed() {
        listener.accept(query());
    }

    private static String label(Order order) {
        return switch (order) {
            case BEST_MATCH -> "Best match";
            case IMPORTED_NEWEST -> "Imported, newest first";
            case IMPORTED_OLDEST -> "Imported, oldest first";
            case PUBLISHED_NEWEST -> "Published, newest first";
            case TITLE -> "Title, A to Z";
            case MOST_UNITS -> "Most units first";
        };
    }
}
