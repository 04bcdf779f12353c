/**
 * The one shared test-database configuration of every module: a real PostgreSQL 18, from Testcontainers when a
 * Docker engine answers, otherwise an embedded server started once per JVM. Shipped in domain's test-jar.
 */
@NullMarked
package org.casebook.testdb;

import org.jspecify.annotations.NullMarked;
