package org.casebook.article.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.casebook.article.ImportProgress;
import org.casebook.article.ImportResult;
import org.casebook.base.ui.Labels;

/** The import dialog's lines: one per file (waiting, importing, imported with a link, ...) and the summary. */
final class ImportLines {
    private ImportLines() {}

    /** A file the upload refused (too large, unreadable) before any job saw it. */
    static Div refused(String file, String reason) {
        var line = new Div(new Span(file), status("failed", "Not uploaded: " + reason));
        line.addClassName("cb-import-line");
        return line;
    }

    static String summary(List<ImportProgress.Item> items) {
        long imported = count(items, ImportResult.Status.IMPORTED);
        long duplicates = count(items, ImportResult.Status.DUPLICATE);
        long failed = count(items, ImportResult.Status.FAILED);
        return "Done: " + imported + " imported, " + duplicates + " already in the library, " + failed + " failed";
    }

    private static long count(List<ImportProgress.Item> items, ImportResult.Status status) {
        return items.stream().filter(i -> i.result() != null && i.result().status() == status).count();
    }

    static Div line(ImportProgress.Item item) {
        var name = new Span(item.label());
        name.addClassName("cb-import-name");
        var line = new Div(name);
        line.addClassNames("cb-import-line", "cb-import-item");
        ImportResult result = item.result();
        if (item.state() == ImportProgress.State.WAITING) {
            line.add(status("waiting", "Waiting"));
        } else if (item.state() == ImportProgress.State.RUNNING) {
            line.add(status("running", "Importing…"));
        } else if (result == null) {
            line.add(status("note", item.note() == null ? "Done" : Labels.sentence(item.note())));
        } else {
            switch (result.status()) {
                case IMPORTED -> line.add(status("imported", Labels.sentence(result.message())));
                case DUPLICATE -> line.add(status("duplicate", "Already in the library"));
                case FAILED -> line.add(status("failed", "Failed: " + result.message()));
            }
            if (result.articleId() != null) {
                var open = new RouterLink("Open", ArticleView.class,
                        new RouteParameters(ArticleView.ID, String.valueOf(result.articleId())));
                open.addClassName("cb-import-open");
                line.add(open);
            }
        }
        return line;
    }

    private static Span status(String kind, String text) {
        var span = new Span(text);
        span.addClassNames("cb-import-state", "cb-import-" + kind);
        return span;
    }
}
