package org.casebook.article.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.casebook.article.ImportJob;

/**
 * The import batches started in one browser session, oldest first: kept in the session, so their progress and
 * results are still there after leaving the library page and coming back (until the session ends or the person
 * clears them). Thread-safe.
 */
final class SessionImports {
    private final List<ImportJob> jobs = new CopyOnWriteArrayList<>();

    /** The current session's batches; call on the UI thread (the session is locked there). */
    static SessionImports current() {
        VaadinSession session = VaadinSession.getCurrent();
        SessionImports imports = session.getAttribute(SessionImports.class);
        if (imports == null) {
            imports = new SessionImports();
            session.setAttribute(SessionImports.class, imports);
        }
        return imports;
    }

    void add(ImportJob job) {
        jobs.add(job);
    }

    List<ImportJob> jobs() {
        return List.copyOf(jobs);
    }

    /** Forgets the batches that are finished; running ones stay. */
    void clearFinished() {
        jobs.removeIf(job -> job.progress().finished());
    }
}
