package org.casebook.brief.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.casebook.brief.BriefColumn;
import org.casebook.brief.BriefDocument;
import org.casebook.brief.BriefDocument.Entry;
import org.casebook.brief.Cite;
import org.casebook.brief.export.BriefBlocks.Block;
import org.casebook.brief.Highlights;
import org.casebook.brief.Highlights.Piece;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;

/**
 * Renders a brief as a Word document laid out as debate templates expect: block headings in "Heading 1", card tags
 * in "Heading 4" (so blocks and tags show in Word's navigation pane), the cite line under the tag, and the
 * evidence with the read-aloud part bold and highlighted in yellow, the rest smaller. The heading styles are
 * defined in the document itself. A two-sided brief is written side after side ("Pro", then "Con", each a
 * "Heading 1"), as Word documents have one column of flow. Knows nothing of Vaadin. Thread-safe.
 */
@Component
public class BriefDocxRenderer {
    static final String BLOCK_STYLE = "Heading1";
    static final String TAG_STYLE = "Heading4";
    private static final int READ_POINTS = 11;
    private static final int REST_POINTS = 8;

    public byte[] render(BriefDocument brief) {
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream(64 * 1024)) {
            styles(doc);
            titleBlock(doc, brief);
            List<BriefColumn> columns = brief.side().columns();
            if (brief.entries().isEmpty()) {
                paragraph(doc, "This brief has no cards yet.", true);
            }
            for (BriefColumn column : columns) {
                List<Block> blocks = BriefBlocks.blocks(brief.column(column));
                if (columns.size() == 2 && !blocks.isEmpty()) {
                    heading(doc, BLOCK_STYLE, BriefBlocks.columnName(column));
                }
                for (Block block : blocks) {
                    if (block.heading() != null) {
                        heading(doc, BLOCK_STYLE, block.heading().tag() == null ? "Untitled block"
                                : block.heading().tag());
                    }
                    block.entries().forEach(e -> entry(doc, e));
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render brief " + brief.id() + " as DOCX", e);
        }
    }

    private static void titleBlock(XWPFDocument doc, BriefDocument brief) {
        XWPFParagraph title = doc.createParagraph();
        title.setStyle("Title");
        title.createRun().setText(brief.title());
        paragraph(doc, brief.motionText() == null ? "No motion" : "Motion: " + brief.motionText(), false);
        paragraph(doc, (brief.teamName() == null ? "" : "Team: " + brief.teamName() + " · ")
                + "Side: " + BriefBlocks.sideWords(brief) + " · Updated "
                + BriefHtml.DATE.format(brief.updatedAt()), false);
    }

    private static void entry(XWPFDocument doc, Entry e) {
        switch (e.kind()) {
            case CARD -> card(doc, e);
            case NOTE -> paragraph(doc, e.text(), true);
            case BLOCK_HEADING -> heading(doc, BLOCK_STYLE, BriefBlocks.tag(e));
        }
    }

    private static void card(XWPFDocument doc, Entry card) {
        heading(doc, TAG_STYLE, BriefBlocks.tag(card));
        XWPFParagraph cite = doc.createParagraph();
        Cite c = card.cite();
        if (c.author() != null) {
            XWPFRun author = cite.createRun();
            author.setBold(true);
            author.setText(c.author());
        }
        String rest = c.isEmpty() ? "No cite yet" : c.line().substring(c.author() == null ? 0 : c.author().length());
        if (!rest.isEmpty()) {
            XWPFRun run = cite.createRun();
            run.setFontSize(9);
            run.setText(rest);
        }
        XWPFParagraph evidence = doc.createParagraph();
        for (Piece piece : Highlights.pieces(card.text(), card.highlights())) {
            XWPFRun run = evidence.createRun();
            run.setText(piece.text());
            if (piece.read()) {
                run.setBold(true);
                run.setFontSize(READ_POINTS);
                run.setTextHighlightColor("yellow");
            } else {
                run.setFontSize(REST_POINTS);
            }
        }
    }

    private static void heading(XWPFDocument doc, String style, String words) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(words);
    }

    private static void paragraph(XWPFDocument doc, String words, boolean italic) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setItalic(italic);
        run.setText(words);
    }

    /** Title, Heading 1 and Heading 4 as Word names them, so Word (and its templates) treat them as its own. */
    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(style("Title", "Title", -1, 26));
        styles.addStyle(style(BLOCK_STYLE, "heading 1", 0, 16));
        styles.addStyle(style(TAG_STYLE, "heading 4", 3, 13));
    }

    private static XWPFStyle style(String id, String name, int outlineLevel, int points) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewUiPriority().setVal(BigInteger.valueOf(outlineLevel < 0 ? 10 : 9));
        style.addNewQFormat();
        var paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel < 0 ? 0 : 200));
        if (outlineLevel >= 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        var run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        return new XWPFStyle(style);
    }
}
