package org.casebook.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The context starts only if Flyway applied every migration and Hibernate's validation accepts the schema. */
@SpringBootTest
@UsesTestDatabase
class MigrationIT {
    @Autowired JdbcTemplate jdbc;

    @Test
    void appliesEveryMigrationSuccessfully() {
        var failed = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where not success", Long.class);
        var applied = jdbc.queryForList("select version from flyway_schema_history where success", String.class);

        assertThat(failed).isZero();
        assertThat(applied).contains("1");
    }

    @Test
    void indexesEveryForeignKey() {
        var unindexed = jdbc.queryForList("""
                select c.conname from pg_constraint c
                where c.contype = 'f' and c.connamespace = 'public'::regnamespace
                  and not exists (select 1 from pg_index i
                                  where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
                """, String.class);

        assertThat(unindexed).isEmpty();
    }
}
