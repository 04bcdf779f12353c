/** The chrome shared by every view: the main layout with its navigation, and friendly error pages. */
@NullMarked
package org.casebook.base.ui;

import org.jspecify.annotations.NullMarked;
