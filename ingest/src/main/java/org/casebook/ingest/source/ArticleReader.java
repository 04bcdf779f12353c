package org.casebook.ingest.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.casebook.ingest.model.ArticleMetadata;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.Block;
import org.casebook.ingest.model.TextSpan;

/** Reads bytes into article text. Interim: UTF-8 plain text only; the full reader replaces this class. */
public final class ArticleReader {
    public ArticleText read(java.net.URI uri) {
        throw new UnreadableInputException(uri + ": reading URLs comes with the full reader");
    }

    public ArticleText read(byte[] content, String location) {
        String text = new String(content, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (text.isBlank()) {
            throw new UnreadableInputException(location + ": the file is empty");
        }
        StringBuilder body = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        boolean wrapped = text.lines().filter(l -> !l.isBlank()).mapToInt(String::length).average().orElse(0) < 90;
        for (String line : wrapped ? text.split("\n\\s*\n") : text.split("\n")) {
            String p = line.strip().replaceAll("\\s*\n\\s*", " ");
            if (!p.isEmpty()) {
                if (!body.isEmpty()) {
                    body.append("\n\n");
                }
                blocks.add(new Block(Block.Kind.PARAGRAPH, new TextSpan(body.length(), body.length() + p.length())));
                body.append(p);
            }
        }
        return new ArticleText(location, body.toString(), ArticleMetadata.none(), blocks);
    }
}
