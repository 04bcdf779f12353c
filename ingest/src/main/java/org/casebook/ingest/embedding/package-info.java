/**
 * Sentence embeddings: the {@link org.casebook.ingest.embedding.Embedder} interface and the in-process ONNX model
 * behind it. Nothing here reaches the network: the model and its tokenizer come from a jar on the classpath.
 */
@NullMarked
package org.casebook.ingest.embedding;

import org.jspecify.annotations.NullMarked;
