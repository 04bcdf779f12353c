package org.casebook.ingest.keypoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.casebook.ingest.FakeEmbedder;
import org.casebook.ingest.model.KeyPoint;
import org.casebook.ingest.model.MinedUnit;
import org.casebook.ingest.model.Role;
import org.casebook.ingest.model.Stance;
import org.casebook.ingest.model.UnitRef;
import org.junit.jupiter.api.Test;

class KeyPointGrouperTest {
    private final KeyPointGrouper grouper = new KeyPointGrouper(0.7);

    private static List<MinedUnit> library(List<String> texts, List<Stance> stances) {
        List<float[]> vectors = new FakeEmbedder().embed(texts);
        List<MinedUnit> units = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            units.add(new MinedUnit(new UnitRef(i, 0), texts.get(i), vectors.get(i), Role.CLAIM, stances.get(i)));
        }
        return units;
    }

    @Test
    void groupsRepeatsOfOneSideAcrossArticles() {
        var units = library(List.of("cutting aid will increase migration to the border",
                "cutting aid will increase migration to the border soon", "tax cuts pay for themselves"),
                List.of(Stance.CON, Stance.CON, Stance.CON));
        List<KeyPoint> points = grouper.group(units);
        assertThat(points).singleElement().satisfies(p -> {
            assertThat(p.units()).containsExactly(new UnitRef(0, 0), new UnitRef(1, 0));
            assertThat(p.label()).startsWith("Cutting aid will increase migration");
        });
    }

    @Test
    void neverGroupsOppositeSidesOrNeutralUnits() {
        var units = library(List.of("cutting aid will increase migration", "cutting aid will increase migration",
                "cutting aid will increase migration"), List.of(Stance.CON, Stance.PRO, Stance.NEUTRAL));
        assertThat(grouper.group(units)).isEmpty();
    }
}
