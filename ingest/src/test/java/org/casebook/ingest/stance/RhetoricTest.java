package org.casebook.ingest.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.casebook.ingest.lexicon.Rhetoric;
import org.junit.jupiter.api.Test;

class RhetoricTest {
    private final PolarityReader reader = new PolarityReader();
    private final Motion raise = Motion.parse("This house would raise the federal minimum wage to $15");

    @Test
    void aQuestionThatExpectsNoArguesAgainstWhatItAsks() {
        assertThat(reader.read("Should we really raise the minimum wage?", raise)).isNegative();
        assertThat(reader.read("Why should Congress raise the minimum wage?", raise)).isNegative();
        assertThat(reader.read("Should we raise the minimum wage?", raise)).isPositive();
    }

    @Test
    void askingHowExactlySomethingWouldWorkDoubtsIt() {
        Motion ban = Motion.parse("This house believes that social media should be banned for under-16s");
        assertThat(Rhetoric.denies("And how exactly would the ban be enforced?")).isTrue();
        assertThat(reader.read("And how exactly would the ban be enforced?", ban)).isNegative();
        assertThat(Rhetoric.denies("But how can anyone check a teenager's age?")).isTrue();
        // the question may close a sentence that opens on someone else's claim
        assertThat(Rhetoric.denies("My neighbour reckons private firms can do it all, so why should taxpayers pay?"))
                .isTrue();
        // a plain "how" asks
        assertThat(Rhetoric.denies("How would the ban be enforced?")).isFalse();
    }

    @Test
    void askingWhoIsGoingToDoItDoubtsThatAnyoneWill() {
        Motion ban = Motion.parse("Heading the ball should be banned in youth football.");
        String police = "And who, exactly, is going to police a ban in a muddy park on a Sunday morning?";
        assertThat(Rhetoric.denies(police)).isTrue();
        assertThat(reader.read(police, ban)).isNegative();
        assertThat(Rhetoric.denies("Who will pay for the monitors?")).isTrue();
        // a question about who is best placed asks for a person, and denies nothing
        assertThat(Rhetoric.denies("Who is better placed to judge than a jury?")).isFalse();
    }

    @Test
    void askingWhetherTheNextStepFollowsAsWellDoubtsTheFirst() {
        Motion ban = Motion.parse("This house would ban artificial grass in private gardens");
        String slope = "\"If we're going to ban fake grass, are we going to ban patios and decking as well?\" he asks.";
        assertThat(Rhetoric.denies("If we're going to ban fake grass, are we going to ban patios as well?")).isTrue();
        assertThat(reader.read(slope, ban)).isNegative();
        assertThat(Rhetoric.denies("Are there other options as well?")).isFalse();
    }

    @Test
    void aQuestionOnANegativeAuxiliaryAssertsWhatItAsks() {
        assertThat(Rhetoric.asserted("Shouldn't we raise the minimum wage?"))
                .isEqualTo("Should we raise the minimum wage?");
        assertThat(Rhetoric.asserted("Can’t we do better?")).isEqualTo("Can we do better?");
        assertThat(reader.read("Shouldn't we raise the minimum wage?", raise)).isPositive();
    }

    @Test
    void aQuestionThatAsksDeniesNothing() {
        assertThat(Rhetoric.denies("Why are generic drugs less expensive?")).isFalse();
        assertThat(Rhetoric.denies("Is it really a burden to vote?")).isTrue();
        assertThat(Rhetoric.denies("The question is really simple.")).isFalse();
        assertThat(Rhetoric.denies("Can't we really do better?")).isFalse();
        assertThat(Rhetoric.rhetorical("Why are generic drugs less expensive?")).isFalse();
        assertThat(Rhetoric.rhetorical("Can't we really do better?")).isTrue();
        assertThat(Rhetoric.rhetorical("Why should taxpayers fund it?")).isTrue();
    }
}
