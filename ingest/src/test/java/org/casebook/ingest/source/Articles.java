package org.casebook.ingest.source;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.Block;

/** Shortcuts for reading fixtures and looking at the result. */
final class Articles {
    static final ArticleReader READER = new ArticleReader(ReaderSettings.defaults());

    private Articles() {}

    static ArticleText read(String content, String location) {
        return READER.read(content.getBytes(StandardCharsets.UTF_8), location);
    }

    static List<String> texts(ArticleText article) {
        return article.blocks().stream().map(block -> block.span().cut(article.body())).toList();
    }

    static List<Block.Kind> kinds(ArticleText article) {
        return article.blocks().stream().map(Block::kind).toList();
    }
}
