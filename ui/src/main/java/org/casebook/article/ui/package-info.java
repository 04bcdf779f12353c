/**
 * The library's screens: the list of articles and the reader, which shows an article's text with its argument units
 * highlighted. Views only wire and render; they read records from the domain's services.
 */
@NullMarked
package org.casebook.article.ui;

import org.jspecify.annotations.NullMarked;
