package org.casebook.article;

/**
 * What analysing an article again did: {@code found} units the pipeline found now, {@code kept} units a person
 * made or corrected (kept as they are), {@code added} units new to the article, {@code removed} units the pipeline
 * found before but not now, {@code stillDeleted} units found again where a person had deleted one (left out).
 */
public record ReanalysisResult(long articleId, int found, int kept, int added, int removed, int stillDeleted) {}
