package org.casebook.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import org.casebook.article.ImportProgress;

/**
 * The import dialog's "Recent imports": a progress bar and a summary line over the recent jobs, then one line per
 * file (imported with a link, already in the library, or failed with the reason) and the files the browser
 * refused. Hidden until there is something to show. "Clear the list" runs {@code clear}.
 */
class ImportStatus extends Div {
    final ProgressBar progress = new ProgressBar();
    final Span progressLabel = new Span();
    final Div results = new Div();
    final Button clearResults = new Button("Clear the list");

    ImportStatus(Runnable clear) {
        progress.setVisible(false);
        progressLabel.addClassName("cb-import-progress-label");
        progress.setId("cb-import-progress");
        progressLabel.setId("cb-import-progress-label");
        results.addClassName("cb-import-results");
        results.getElement().setAttribute("aria-live", "polite");
        clearResults.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        clearResults.addClickListener(e -> clear.run());
        var head = new Div(new H3("Recent imports"), progressLabel, clearResults);
        head.addClassName("cb-import-status-head");
        add(head, progress, results);
        addClassName("cb-import-status");
        setVisible(false);
    }

    /** The files of the recent jobs, as stored; {@code finished} when no job is still running. */
    void show(List<ImportProgress.Item> items, boolean finished) {
        long done = items.stream().filter(i -> i.state() == ImportProgress.State.DONE).count();
        setVisible(true);
        progress.setVisible(true);
        progress.setValue(finished ? 1 : (double) done / items.size());
        progressLabel.setText(finished ? ImportLines.summary(items)
                : "Importing… " + done + " of " + items.size() + " done");
        results.getChildren().filter(c -> c.hasClassName("cb-import-item")).toList().forEach(results::remove);
        for (ImportProgress.Item item : items) {
            results.add(ImportLines.line(item));
        }
    }

    /** A file the browser refused before it was sent ("too large", "not a kind we read"). */
    void refused(String file, String reason) {
        setVisible(true);
        results.add(ImportLines.refused(file, reason));
    }

    /** Empties the list and hides it. */
    void clear() {
        results.removeAll();
        progressLabel.setText("");
        progress.setVisible(false);
        setVisible(false);
    }

    /** One line about the recent imports, or empty when there are none. */
    String headline() {
        return isVisible() ? progressLabel.getText() : "";
    }
}
