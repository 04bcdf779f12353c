/**
 * Briefs: what a debater reads from in a round. A brief belongs to a motion and a side (or both sides) and holds
 * entries in one or two columns: cards (a tag, a cite and the evidence with the part to read aloud highlighted),
 * block headings and notes. Public through {@link org.casebook.brief.BriefService} and its records; every write
 * takes the version the client saw, so two people never silently overwrite each other. Entities and repositories
 * stay inside.
 */
@NullMarked
package org.casebook.brief;

import org.jspecify.annotations.NullMarked;
