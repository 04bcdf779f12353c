package org.casebook.article.ui;

import jakarta.annotation.security.PermitAll;
import org.casebook.base.ui.RouteIds;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casebook.article.ArticleDetails;
import org.casebook.article.ArticleService;
import org.casebook.article.Side;
import org.casebook.article.UnitCorrections;
import org.casebook.article.UnitDetails;
import org.casebook.brief.BriefColumn;
import org.casebook.brief.BriefService;
import org.casebook.brief.ui.AddToBriefDialog;
import org.casebook.motion.MotionService;
import org.casebook.motion.MotionSummary;
import org.jspecify.annotations.Nullable;

/**
 * The reader: an article's text with its units highlighted (role and stance by colour and by a written label;
 * speaker on hover), beside the list of its units. All imported text goes into text nodes, so it is never
 * interpreted as HTML.
 */
@PermitAll
@Route("articles/:id")
class ArticleView extends Main implements BeforeEnterObserver, HasDynamicTitle {
    static final String ID = "id";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH);

    private final ArticleService articles;
    private final MotionService motions;
    private final UnitCorrections corrections;
    private final BriefService briefs;
    private String title = "Article · Casebook";

    ArticleView(ArticleService articles, MotionService motions, UnitCorrections corrections, BriefService briefs) {
        this.articles = articles;
        this.motions = motions;
        this.corrections = corrections;
        this.briefs = briefs;
        addClassNames("cb-page", "cb-reader");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var read = RouteIds.read(event, ID);
        if (read.isEmpty()) {
            return;
        }
        long id = read.getAsLong();
        if (articles.details(id).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(id);
    }

    /** Shows the article as stored now (again after a correction). */
    private void show(long id) {
        articles.details(id).ifPresent(article -> {
            List<MotionSummary> active = motions.activeMotions();
            render(article, active.isEmpty() ? null : active.getFirst());
        });
    }

    private void render(ArticleDetails article, @Nullable MotionSummary motion) {
        removeAll();
        title = article.heading() + " · Casebook";
        var back = new RouterLink("← Library", LibraryView.class);
        back.addClassName("cb-back");
        var heading = new H2(article.heading());
        heading.addClassName("cb-reader-title");
        add(back, heading, meta(article), legend(motion));

        Long motionId = motion == null ? null : motion.id();
        Map<Long, Span> spans = new HashMap<>();
        var text = new Section();
        text.addClassName("cb-text");
        for (List<TextPieces.Piece> paragraph : TextPieces.of(article.body(), article.units())) {
            var p = new Paragraph();
            for (TextPieces.Piece piece : paragraph) {
                p.add(piece.unit() == null ? new Span(piece.text()) : unitSpan(piece, motionId, spans));
            }
            text.add(p);
        }
        var body = new Div(text, unitList(article, motion, spans));
        body.addClassName("cb-reader-body");
        add(body);
    }

    private static Span unitSpan(TextPieces.Piece piece, @Nullable Long motionId, Map<Long, Span> spans) {
        UnitDetails unit = piece.unit();
        Side side = UnitLabels.side(unit, motionId);
        var span = new Span();
        span.addClassNames(UnitLabels.classNames(unit, side));
        span.getElement().setAttribute("title", UnitLabels.tooltip(unit, side));
        span.getElement().setAttribute("data-unit", String.valueOf(unit.id()));
        if (piece.first()) {
            var label = new Span(UnitLabels.label(unit, side));
            label.addClassName("cb-unit-label");
            span.add(label);
            spans.put(unit.id(), span);
        }
        span.add(new Span(piece.text()));
        return span;
    }

    private Component unitList(ArticleDetails article, @Nullable MotionSummary motion, Map<Long, Span> spans) {
        List<UnitDetails> units = article.units();
        Long motionId = motion == null ? null : motion.id();
        var aside = new Aside();
        aside.addClassName("cb-unit-list");
        aside.add(new H3("Units (" + units.size() + ")"));
        if (units.isEmpty()) {
            var none = new Paragraph("The analysis found no argument units in this article yet.");
            none.addClassName("cb-empty");
            aside.add(none);
            return aside;
        }
        var list = new OrderedList();
        for (UnitDetails unit : units) {
            Side side = UnitLabels.side(unit, motionId);
            var label = new Span(UnitLabels.label(unit, side));
            label.addClassNames(UnitLabels.classNames(unit, side));
            label.addClassName("cb-unit-badge");
            var snippet = new Span(unit.text());
            snippet.addClassName("cb-unit-snippet");
            var who = new Span(UnitLabels.speaker(unit));
            who.addClassName("cb-unit-speaker");
            var correct = new Button("Correct", e -> new UnitCorrectionDialog(corrections, unit, motionId, side,
                    () -> show(article.id())).open());
            correct.setAriaLabel("Correct unit: " + shortText(unit.text()));
            correct.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            var actions = new Div(correct);
            if (motion != null) {
                var add = new Button("Add to brief", e -> new AddToBriefDialog(briefs, motion.id(), motion.text(),
                        unit.id(), side == Side.CON ? BriefColumn.CON : BriefColumn.PRO, shortText(unit.text()))
                        .open());
                add.setAriaLabel("Add to brief: " + shortText(unit.text()));
                add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                actions.add(add);
            }
            actions.addClassName("cb-unit-actions");
            var item = new ListItem(label, snippet, who, actions);
            item.getElement().setAttribute("title", UnitLabels.tooltip(unit, side));
            Span target = spans.get(unit.id());
            if (target != null) {
                item.addClickListener(e -> target.scrollIntoView());
                item.addClassName("cb-clickable");
            }
            list.add(item);
        }
        aside.add(list);
        return aside;
    }

    private static String shortText(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    private static Component meta(ArticleDetails article) {
        List<String> parts = new ArrayList<>();
        if (article.author() != null) {
            parts.add(article.author());
        }
        if (article.publication() != null) {
            parts.add(article.publication());
        }
        if (article.published() != null) {
            parts.add(DATE.format(article.published()));
        }
        if (parts.isEmpty()) {
            parts.add("Author, outlet and date unknown");
        }
        parts.add(article.location());
        var meta = new Paragraph(String.join(" · ", parts));
        meta.addClassName("cb-meta");
        return meta;
    }

    private static Component legend(@Nullable MotionSummary motion) {
        var legend = new Div();
        legend.addClassName("cb-legend");
        if (motion == null) {
            legend.add(new Span("No motion yet: units show their role only."));
        } else {
            var label = new Span("Stance towards: ");
            label.addClassName("cb-legend-label");
            var motionText = new Span(motion.text());
            motionText.addClassName("cb-motion");
            legend.add(label, motionText);
        }
        var keys = new Div(key("Claim", "cb-role-claim"), key("Evidence", "cb-role-evidence"),
                key("Pro", "cb-side-pro"), key("Con", "cb-side-con"), key("Neutral", "cb-side-neutral"));
        keys.addClassName("cb-legend-keys");
        legend.add(keys);
        return legend;
    }

    private static Span key(String text, String className) {
        var key = new Span(text);
        key.addClassNames("cb-key", className);
        return key;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
