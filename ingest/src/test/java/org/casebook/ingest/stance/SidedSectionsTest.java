package org.casebook.ingest.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.ingest.model.DetectedUnit;
import org.junit.jupiter.api.Test;

class SidedSectionsTest {
    private final Motion ban = Motion.parse("This house would ban the sale of energy drinks to under-16s");

    @Test
    void aHeadingGivesItsSectionASideUntilTheNextHeading() {
        String body = "Explainer: Should energy drinks be banned?\n\nDrinks are popular with teenagers.\n\n"
                + "The case for a ban\n\nA can holds 160mg of caffeine.\n\nThe case against\n\n"
                + "A large coffee can contain more caffeine.\n\nWhat happens elsewhere?\n\n"
                + "Lithuania introduced a ban in 2014.";
        List<DetectedUnit> units = ArticleUnits.of(body, "Drinks are popular with teenagers.",
                "A can holds 160mg of caffeine.",
                "A large coffee can contain more caffeine.", "Lithuania introduced a ban in 2014.");

        assertThat(SidedSections.sides(body, units, ban)).containsExactly(0, 1, -1, 0);
    }

    @Test
    void aUnitThatTurnsAgainstThePointBeforeItInItsSectionAnswersIt() {
        String body = "Explainer: Should energy drinks be banned?\n\nThe case against\n\n"
                + "A ban could push teenagers to coffee. So far, however, there is little evidence of that. "
                + "But the industry disagrees.";
        List<DetectedUnit> units = ArticleUnits.of(body, "A ban could push teenagers to coffee.",
                "So far, however, there is little evidence of that.", "But the industry disagrees.");

        // the industry's "But" answers the answer
        assertThat(SidedSections.sides(body, units, ban)).containsExactly(-1, 1, -1);
    }

    @Test
    void concernsCalledRealButAnsweredTurnTheRestOfTheirParagraph() {
        String body = "Briefing\n\nConcerns\n\nA ban could push teenagers to coffee. These concerns are real, but "
                + "none of them justifies delay. Sales fell where bans came in.\n\nShops may lose money.";
        List<DetectedUnit> units = ArticleUnits.of(body, "A ban could push teenagers to coffee.",
                "These concerns are real, but none of them justifies delay.", "Sales fell where bans came in.",
                "Shops may lose money.");

        // the answer goes on to the end of its paragraph, not beyond
        assertThat(SidedSections.sides(body, units, ban)).containsExactly(-1, 1, 1, -1);
    }

    @Test
    void aParagraphThatOpensBySettingOutACaseTakesItsSide() {
        String body = "Banning drive-throughs is a gesture\n\nThe case for a ban goes roughly like this. Drinks "
                + "keep children awake. Shops also sell them cheaply.\n\nBut a ban is the wrong tool.";
        List<DetectedUnit> units = ArticleUnits.of(body, "The case for a ban goes roughly like this.",
                "Drinks keep children awake.", "Shops also sell them cheaply.", "But a ban is the wrong tool.");

        // to the end of its paragraph, not beyond
        assertThat(SidedSections.sides(body, units, ban)).containsExactly(1, 1, 1, 0);
        String against = "Column\n\nThe argument against it runs as follows: shops lose trade.";
        // the opening need not be a unit itself
        String unsaid = "Column\n\nThe case for a ban goes like this. Drinks keep children awake.";
        assertThat(SidedSections.sides(unsaid, ArticleUnits.of(unsaid, "Drinks keep children awake."), ban))
                .containsExactly(1);
        assertThat(SidedSections.sides(against, ArticleUnits.of(against,
                "The argument against it runs as follows: shops lose trade."), ban)).containsExactly(-1);
    }

    @Test
    void whatACaseIsMadeForDecidesItsSide() {
        assertThat(SidedSections.side("The case for a ban", ban)).isEqualTo(1);
        assertThat(SidedSections.side("The case against a ban", ban)).isEqualTo(-1);
        assertThat(SidedSections.side("What are the main arguments against it?", ban)).isEqualTo(-1);
        assertThat(SidedSections.side("What do critics say?", ban)).isEqualTo(-1);
        assertThat(SidedSections.side("What do supporters say?", ban)).isEqualTo(1);
        // what the people are named for: the act, or something else
        assertThat(SidedSections.side("What do supporters of a ban say?", ban)).isEqualTo(1);
        assertThat(SidedSections.side("What do critics of a ban say?", ban)).isEqualTo(-1);
        assertThat(SidedSections.side("What do supporters of the status quo say?", ban)).isZero();
        // a case made for the target a motion would ban is a case against the ban
        assertThat(SidedSections.side("The case for energy drinks", ban)).isEqualTo(-1);
        assertThat(SidedSections.side("What happens elsewhere?", ban)).isZero();
        assertThat(SidedSections.side("The case for and against", ban)).isZero();
        assertThat(SidedSections.side("The case for caution", ban)).isZero();
        // the critics of a ban are for a motion that rejects it
        Motion notBanned = Motion.parse("Should cars not be banned from city centres?");
        assertThat(SidedSections.side("What do critics say?", notBanned)).isEqualTo(1);
    }

    @Test
    void aHeadingAskingWhyPeopleWantSomethingDoneGivesTheSideOfWhatTheyWant() {
        Motion scrap = Motion.parse("The UK government should scrap the triple lock on the state pension.");
        assertThat(SidedSections.side("Why do some people want to scrap it?", scrap)).isEqualTo(1);
        assertThat(SidedSections.side("Why do others want to keep it?", scrap)).isEqualTo(-1);
        assertThat(SidedSections.side("Why do pensions rise each year?", scrap)).isZero();
        assertThat(SidedSections.side("Why do so many people want to scrap it?", scrap)).isEqualTo(1);
        assertThat(SidedSections.side("Why do some not want to scrap it?", scrap)).isZero();
    }

    @Test
    void aHeadingThatWeighsTheProposalGivesItsSide() {
        assertThat(SidedSections.side("Concerns", ban)).isEqualTo(-1);
        assertThat(SidedSections.side("Objections", ban)).isEqualTo(-1);
        assertThat(SidedSections.side("Risks of a ban", ban)).isEqualTo(-1);
        // risks alone may be the drinks'
        assertThat(SidedSections.side("Key risks", ban)).isZero();
        assertThat(SidedSections.side("Benefits of a ban", ban)).isEqualTo(1);
        assertThat(SidedSections.side("Benefits of energy drinks", ban)).isEqualTo(-1);
        // what else is weighed takes no side
        assertThat(SidedSections.side("Risks of doing nothing", ban)).isZero();
        assertThat(SidedSections.side("Concerns raised at the meeting", ban)).isZero();
        // who raised them is no topic of theirs
        assertThat(SidedSections.side("Concerns raised by the industry", ban)).isEqualTo(-1);
        assertThat(SidedSections.side("Concerns raised by doctors about energy drinks", ban)).isZero();
    }

    @Test
    void aNumberedHeadingOfArgumentsInSupportOrAgainstGivesItsSide() {
        String body = "Consultation summary\n\n1. Background\n\nDrinks are popular.\n\n2. Arguments in support\n\n"
                + "A can holds 160mg of caffeine.\n\n3. Arguments against\n\nCoffee has more caffeine.\n\n"
                + "4. Officer response\n\nOfficers recommend a ban.";
        List<DetectedUnit> units = ArticleUnits.of(body, "Drinks are popular.", "A can holds 160mg of caffeine.",
                "Coffee has more caffeine.", "Officers recommend a ban.");

        assertThat(SidedSections.sides(body, units, ban)).containsExactly(0, 1, -1, 0);
        assertThat(SidedSections.side("Points in favour of a ban", ban)).isEqualTo(1);
        // after a colon or a dash comes the case's theme, not what it is made for
        assertThat(SidedSections.side("The case for: housing supply", ban)).isEqualTo(1);
        assertThat(SidedSections.side("The case against - cost", ban)).isEqualTo(-1);
        assertThat(SidedSections.side("The case for housing supply", ban)).isZero();
        // where no numbered line names a side, numbered lines are the points of a list, not headings
        String list = "Explainer\n\nThe case for a ban\n\n1. Less caffeine\n\nA can holds 160mg of caffeine.";
        assertThat(SidedSections.sides(list, ArticleUnits.of(list, "A can holds 160mg of caffeine."), ban))
                .containsExactly(1);
    }

    @Test
    void theTitleHeadsTheWholePieceNotASection() {
        String body = "The case against a ban\r\n\r\nBy Rachel Okafor\r\n\r\nSupporters say it protects children."
                + "\r\n\r\nThe case for a ban\r\n\r\nA can holds 160mg of caffeine.";
        List<DetectedUnit> units = ArticleUnits.of(body, "Supporters say it protects children.",
                "A can holds 160mg of caffeine.");

        assertThat(SidedSections.sides(body, units, ban)).containsExactly(0, 1);
        // each side is found by the unit's number, whatever order the units come in
        assertThat(SidedSections.sides(body, units.reversed(), ban)).containsExactly(0, 1);
    }
}
