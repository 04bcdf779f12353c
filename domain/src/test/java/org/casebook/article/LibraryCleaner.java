package org.casebook.article;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the library between tests that need a known state (the tests commit for real). */
final class LibraryCleaner {
    private LibraryCleaner() {}

    static void empty(JdbcTemplate jdbc) {
        jdbc.execute("truncate table sources, motions, import_jobs cascade");
    }
}
