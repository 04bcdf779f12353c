package org.casebook.ingest;

import java.util.ArrayList;
import java.util.List;
import org.casebook.ingest.model.ArticleMetadata;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.Block;
import org.casebook.ingest.model.TextSpan;

/** Builds article texts for stage tests: one paragraph per argument, joined by blank lines. */
public final class Texts {
    private Texts() {}

    public static ArticleText article(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            if (!body.isEmpty()) {
                body.append("\n\n");
            }
            blocks.add(new Block(Block.Kind.PARAGRAPH, new TextSpan(body.length(), body.length() + p.length())));
            body.append(p);
        }
        return new ArticleText("test", body.toString(), ArticleMetadata.none(), blocks);
    }
}
