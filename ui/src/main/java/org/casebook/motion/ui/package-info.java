/**
 * The motions' screens: the list of motions (create, edit, archive) and each motion's board, the clash view with
 * PRO and CON side by side, every argument beside its rebuttals. Views only wire and render.
 */
@NullMarked
package org.casebook.motion.ui;

import org.jspecify.annotations.NullMarked;
