package org.casebook.article;

import org.jspecify.annotations.Nullable;

/** An import item as the progress list shows it, read without its raw input (which may be megabytes). */
record ImportLine(long jobId, int position, String name, ImportItem.Status status, @Nullable String message,
        @Nullable Long articleId) {}
