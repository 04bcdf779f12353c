package org.casebook.ingest.model;

import java.util.Objects;

/** Which pipeline and model produced a result, so stored results stay explainable after either changes. */
public record Provenance(String pipelineVersion, String modelId, String settingsHash) {
    public Provenance {
        Objects.requireNonNull(pipelineVersion, "pipelineVersion");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(settingsHash, "settingsHash");
    }
}
