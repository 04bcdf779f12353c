package org.casebook.ingest.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.ingest.Vectors.unit;

import java.util.List;
import org.casebook.ingest.model.Stance;
import org.casebook.ingest.model.StanceLabel;
import org.junit.jupiter.api.Test;

class AgreementTest {
    private static final float[] POINT = unit(1, 0, 0);
    private static final float[] SAME_POINT = unit(1, 0.2f, 0);
    private static final float[] OTHER_POINT = unit(0, 0, 1);

    @Test
    void aWeakReadingTakesTheSideOfArgumentsMakingTheSamePoint() {
        List<StanceLabel> labels = List.of(new StanceLabel(0, Stance.CON, 0.55), new StanceLabel(1, Stance.PRO, 0.9),
                new StanceLabel(2, Stance.PRO, 0.85));

        List<StanceLabel> settled = Agreement.settle(labels, List.of(POINT, SAME_POINT, SAME_POINT));

        assertThat(settled).extracting(StanceLabel::stance).containsExactly(Stance.PRO, Stance.PRO, Stance.PRO);
        assertThat(settled.getFirst().confidence()).isLessThan(0.7);
    }

    @Test
    void aConfidentReadingKeepsItsSideAgainstItsNeighbours() {
        List<StanceLabel> labels = List.of(new StanceLabel(0, Stance.CON, 0.9), new StanceLabel(1, Stance.PRO, 0.9));

        List<StanceLabel> settled = Agreement.settle(labels, List.of(POINT, SAME_POINT));

        assertThat(settled).extracting(StanceLabel::stance).containsExactly(Stance.CON, Stance.PRO);
        assertThat(settled.getFirst().confidence()).isLessThan(0.9);
    }

    @Test
    void argumentsOnOtherPointsChangeNothing() {
        List<StanceLabel> labels = List.of(new StanceLabel(0, Stance.CON, 0.55), new StanceLabel(1, Stance.PRO, 0.9),
                new StanceLabel(2, Stance.NEUTRAL, 0.5));

        List<StanceLabel> settled = Agreement.settle(labels, List.of(POINT, OTHER_POINT, unit(0, 1, 0)));

        assertThat(settled).isEqualTo(labels);
    }

    @Test
    void aQuotedOpponentKeepsTheirSideAgainstTheAuthorsWords() {
        List<StanceLabel> labels = List.of(new StanceLabel(0, Stance.CON, 0.55), new StanceLabel(1, Stance.PRO, 0.9),
                new StanceLabel(2, Stance.PRO, 0.85));

        List<StanceLabel> settled = Agreement.settle(labels, List.of(POINT, SAME_POINT, SAME_POINT),
                List.of("Nealon", "", ""));

        assertThat(settled.getFirst()).isEqualTo(labels.getFirst());
    }

    @Test
    void anArgumentWithNoSideOfItsOwnTakesItsNeighboursSide() {
        List<StanceLabel> labels = List.of(new StanceLabel(0, Stance.NEUTRAL, 0.5),
                new StanceLabel(1, Stance.CON, 0.8));

        List<StanceLabel> settled = Agreement.settle(labels, List.of(POINT, SAME_POINT));

        assertThat(settled.getFirst().stance()).isEqualTo(Stance.CON);
    }
}
