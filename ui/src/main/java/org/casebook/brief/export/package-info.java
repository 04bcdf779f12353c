/**
 * Brief export: a brief as a print-ready PDF (HTML from a template, laid out by openhtmltopdf with embedded fonts)
 * and as a DOCX with Word's heading styles, for the debate community's Word templates. The renderers are plain
 * classes that take a {@link org.casebook.brief.BriefDocument} and answer bytes; the editor's download buttons and
 * the stable export URLs only hand those bytes on.
 */
@NullMarked
package org.casebook.brief.export;

import org.jspecify.annotations.NullMarked;
