package org.casebook.ingest.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Builds real DOCX files for tests with POI, with styles defined the way Word defines them. */
final class DocxSketch implements AutoCloseable {
    private final XWPFDocument document = new XWPFDocument();
    private BigInteger bulletList;

    DocxSketch() {
        document.createStyles();
    }

    /** Defines a paragraph style with Word's id and (English, built-in) name, optionally based on another. */
    DocxSketch style(String id, String name, String basedOn) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        document.getStyles().addStyle(new XWPFStyle(style));
        return this;
    }

    DocxSketch paragraph(String styleId, String text) {
        var paragraph = document.createParagraph();
        if (styleId != null) {
            paragraph.setStyle(styleId);
        }
        paragraph.createRun().setText(text);
        return this;
    }

    DocxSketch bullet(String text) {
        if (bulletList == null) {
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ONE);
            var level = abstractNum.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewNumFmt().setVal(STNumberFormat.BULLET);
            level.addNewLvlText().setVal("•");
            var numbering = document.createNumbering();
            bulletList = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
        }
        var paragraph = document.createParagraph();
        paragraph.setNumID(bulletList);
        paragraph.createRun().setText(text);
        return this;
    }

    DocxSketch properties(String title, String creator) {
        var core = document.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator(creator);
        return this;
    }

    byte[] bytes() {
        try {
            var out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
