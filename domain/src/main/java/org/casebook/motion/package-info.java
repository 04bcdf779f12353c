/**
 * Motions: the propositions a library is prepared for, written as the user wants them (statement, question or
 * resolution). Stance is always relative to a motion's text. Public through {@link org.casebook.motion.MotionService}
 * and its records; creating a motion announces {@link org.casebook.motion.MotionCreated} so that the article feature
 * can give every stored unit a stance towards it.
 */
@NullMarked
package org.casebook.motion;

import org.jspecify.annotations.NullMarked;
