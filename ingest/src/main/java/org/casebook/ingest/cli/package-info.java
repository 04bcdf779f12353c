/** The casebook-ingest command line: analyze, stance and counters (contracts/ingest-cli.md). */
@NullMarked
package org.casebook.ingest.cli;

import org.jspecify.annotations.NullMarked;
