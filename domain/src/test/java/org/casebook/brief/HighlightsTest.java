package org.casebook.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {
    @Test
    void addingMergesOverlappingAndTouchingRanges() {
        var ranges = Highlights.add(List.of(new Highlight(0, 4), new Highlight(10, 12)), new Highlight(4, 10), 20);

        assertThat(ranges).containsExactly(new Highlight(0, 12));
    }

    @Test
    void clearingCutsAHoleInARange() {
        var ranges = Highlights.clear(List.of(new Highlight(0, 10)), new Highlight(3, 5), 20);

        assertThat(ranges).containsExactly(new Highlight(0, 3), new Highlight(5, 10));
    }

    @Test
    void clearingEverythingLeavesNothing() {
        assertThat(Highlights.clear(List.of(new Highlight(2, 4), new Highlight(6, 9)), new Highlight(0, 20), 20))
                .isEmpty();
    }

    @Test
    void normalisingClipsRangesToTheText() {
        assertThat(Highlights.normalise(List.of(new Highlight(5, 30), new Highlight(25, 28)), 10))
                .containsExactly(new Highlight(5, 10));
    }

    @Test
    void anEmptyRangeIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Highlight(3, 3));
    }

    @Test
    void flatteningRoundTrips() {
        var ranges = List.of(new Highlight(1, 2), new Highlight(4, 8));

        assertThat(Highlights.unflatten(Highlights.flatten(ranges))).isEqualTo(ranges);
    }

    @Test
    void piecesCutTheTextIntoReadAndUnreadStretches() {
        var pieces = Highlights.pieces("Despite a decade of programs, migration did not fall.",
                List.of(new Highlight(30, 52), new Highlight(0, 7)));

        assertThat(pieces).extracting(Highlights.Piece::read).containsExactly(true, false, true, false);
        assertThat(pieces).extracting(Highlights.Piece::text)
                .containsExactly("Despite", " a decade of programs, ", "migration did not fall", ".");
    }
}
