/**
 * The embedded-database default: when no {@code spring.datasource.url} is configured, Casebook runs its own
 * PostgreSQL in a persistent data directory ({@code casebook.data-dir}), guarded by a lock so that only one
 * instance uses it, and recovers by itself from a server left running by a killed instance.
 */
@NullMarked
package org.casebook.database;

import org.jspecify.annotations.NullMarked;
