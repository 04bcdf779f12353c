/**
 * The briefs' screens: the list of briefs (create one for a motion and side) and the brief editor (cards with
 * tag, cite and highlighted evidence, block headings, notes; drag and drop between and within columns; saved as you
 * go, with a clear message when someone else changed the brief meanwhile). The editing state and rules live in
 * {@link org.casebook.brief.ui.BriefPresenter}, plain Java; views only wire and render.
 */
@NullMarked
package org.casebook.brief.ui;

import org.jspecify.annotations.NullMarked;
