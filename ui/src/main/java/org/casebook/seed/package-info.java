/**
 * The sample library: on first start with an empty library, the seed articles (module {@code seeds}) are imported
 * through {@link org.casebook.article.ArticleIngestion}, like any upload, and the sample motion is created.
 */
@NullMarked
package org.casebook.seed;

import org.jspecify.annotations.NullMarked;
