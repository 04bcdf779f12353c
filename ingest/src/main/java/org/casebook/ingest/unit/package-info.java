/** Decides which sentences are claims or evidence, groups a quotation's sentences, and links evidence to claims. */
@NullMarked
package org.casebook.ingest.unit;

import org.jspecify.annotations.NullMarked;
