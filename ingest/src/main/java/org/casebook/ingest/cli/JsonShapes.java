package org.casebook.ingest.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.ingest.model.Analysis;
import org.casebook.ingest.model.DetectedUnit;
import org.casebook.ingest.model.MinedUnit;
import org.casebook.ingest.model.Speaker;
import org.casebook.ingest.model.UnitRef;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON shapes and ids of the contract, and the one mapper that writes them. */
final class JsonShapes {
    static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    static final JsonMapper LINES = JsonMapper.builder().build();

    private JsonShapes() {}

    static String write(Object document) {
        return MAPPER.writeValueAsString(document) + "\n";
    }

    static String line(Object document) {
        return LINES.writeValueAsString(document) + "\n";
    }

    static String id(UnitRef ref) {
        return "a" + (ref.article() + 1) + ".u" + (ref.unit() + 1);
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    static Map<String, Object> speaker(Speaker speaker) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", speaker.name());
        out.put("description", speaker.description());
        return out;
    }

    /** Every unit of the analyses with its stance towards the first motion, for the library-wide stages. */
    static List<MinedUnit> library(List<Analysis> analyses) {
        List<MinedUnit> units = new ArrayList<>();
        for (int a = 0; a < analyses.size(); a++) {
            Analysis analysis = analyses.get(a);
            for (DetectedUnit u : analysis.units()) {
                units.add(new MinedUnit(new UnitRef(a, u.index()), u.span().cut(analysis.article().body()),
                        analysis.vectors().get(u.index()), u.role(),
                        analysis.stances().getFirst().get(u.index()).stance()));
            }
        }
        return units;
    }
}
