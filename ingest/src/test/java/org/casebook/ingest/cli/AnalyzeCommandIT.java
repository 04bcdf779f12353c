package org.casebook.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The analyze command end to end, with the real model, on the seed articles. */
class AnalyzeCommandIT {
    private static final String SEEDS = "../seeds/src/main/resources/seeds/articles/";
    private static final String MOTION = "The United States should cut its foreign aid to El Salvador, Guatemala and Honduras.";

    @Test
    void minesTheSeedsIntoTheContractShapeAndNamesAnUnreadableInput() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = IngestCli.run(new String[] {"analyze", "--motion", MOTION, SEEDS + "000_2c7d0a02acb72ced.txt",
            "missing.txt", SEEDS + "001_f70ea718526867c2.txt"}, InputStream.nullInputStream(), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.txt").contains("no such file");
        JsonNode doc = JsonShapes.LINES.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(doc.get("articles")).hasSize(2);
        JsonNode first = doc.get("articles").get(0);
        String text = first.get("text").asString();
        assertThat(first.get("units").size()).isGreaterThan(5);
        for (JsonNode unit : first.get("units")) {
            assertThat(text.substring(unit.get("start").asInt(), unit.get("end").asInt())).isEqualTo(unit.get("text").asString());
            assertThat(unit.get("stance").asString()).isIn("PRO", "CON", "NEUTRAL");
        }
        JsonNode trump = null;
        for (JsonNode unit : first.get("units")) {
            if (unit.get("text").asString().contains("haven\u2019t done a thing for us")) {
                trump = unit;
            }
        }
        assertThat(trump).isNotNull();
        assertThat(trump.get("speaker").get("name").asString()).contains("Trump");
        assertThat(trump.get("stance").asString()).isEqualTo("PRO");
        assertThat(doc.get("counters")).isNotEmpty();
    }

    @Test
    void classifiesStandaloneArgumentsLineByLine() {
        var out = new ByteArrayOutputStream();
        var in = new java.io.ByteArrayInputStream(("Gutting these programs is not the answer.\n"
                + "No more money should go there; they have done nothing for us.\n").getBytes(StandardCharsets.UTF_8));
        int code = IngestCli.run(new String[] {"stance", "--motion", MOTION}, in, out, System.err);

        assertThat(code).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(JsonShapes.LINES.readTree(lines[0]).get("stance").asString()).isEqualTo("CON");
        assertThat(JsonShapes.LINES.readTree(lines[1]).get("stance").asString()).isEqualTo("PRO");
    }
}
