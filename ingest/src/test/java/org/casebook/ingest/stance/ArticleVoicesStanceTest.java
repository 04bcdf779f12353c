package org.casebook.ingest.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.ingest.FakeEmbedder;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.PipelineSettings;
import org.casebook.ingest.Texts;
import org.casebook.ingest.model.Analysis;
import org.casebook.ingest.model.Stance;
import org.junit.jupiter.api.Test;

class ArticleVoicesStanceTest {
    private static final String MOTION = "This house would make voting compulsory";
    private final IngestPipeline pipeline = IngestPipeline.with(PipelineSettings.defaults(), new FakeEmbedder());

    @Test
    void whatAGroupNamedByItsSideArguesIsNoPartOfTheAuthorsLean() {
        Analysis analysis = pipeline.analyse(Texts.article(
                "Supporters of the ban argue that the noise terrifies pets and wildlife across the town.",
                "Supporters of the ban also say that the smoke harms people with asthma every November.",
                "Supporters of the ban insist that most dog owners in the borough back them.",
                "Supporters of the ban warn that stray rockets set fire to hedges and sheds.",
                "Supporters of the ban claim that the litter left in the parks costs the council dearly.",
                "A ban would be a serious mistake.",
                "Most residents enjoy them, and the charities that run them raise thousands of pounds."),
                List.of("The council should ban fireworks displays in parks"));

        assertThat(stanceOf(analysis, "Supporters of the ban argue")).isEqualTo(Stance.PRO);
        assertThat(stanceOf(analysis, "Most residents enjoy")).isEqualTo(Stance.CON);
    }

    @Test
    void anAuthorsPointTurnedFromInTheNextSentenceArguesTheOtherSide() {
        Analysis analysis = pipeline.analyse(Texts.article(
                "Selling the paintings would be a terrible mistake, and I urge colleagues to reject the motion.",
                "Eight million pounds sounds like a great deal of money, and it is. But our annual budget gap is "
                        + "around twelve million, and a one-off sale does not fix a recurring problem."),
                List.of("The council should sell paintings from its art collection to close the budget gap"));

        assertThat(stanceOf(analysis, "Eight million pounds")).isEqualTo(Stance.PRO);
        assertThat(stanceOf(analysis, "But our annual budget gap")).isEqualTo(Stance.CON);
    }

    @Test
    void anAuthorsTurnArguesTheAuthorsSideWhateverItsWordsSeemToSay() {
        Analysis analysis = pipeline.analyse(Texts.article(
                "I rise to oppose this motion. Scrapping VAR would be a serious mistake.",
                "Referees now get far more of the big decisions right, and fans can see why a goal was disallowed.",
                "Nobody pretends the system is flawless. But this motion does not ask whether VAR is perfect."),
                List.of("This house would scrap VAR in the Premier League"));

        assertThat(stanceOf(analysis, "But this motion does not ask")).isEqualTo(Stance.CON);
    }

    @Test
    void anAuthorsSuppositionLeadsToTheAuthorsSide() {
        Analysis analysis = pipeline.analyse(Texts.article(
                "I rise to oppose this motion. A generational smoking ban would be a serious mistake.",
                "When you tell a 30-year-old that he can never buy a legal packet of cigarettes, you do not stop him "
                        + "smoking."),
                List.of("This house would introduce a generational smoking ban"));

        assertThat(stanceOf(analysis, "When you tell a 30-year-old")).isEqualTo(Stance.CON);
    }

    @Test
    void anAuthorsFigureIsTheAuthorsEvidence() {
        Analysis analysis = pipeline.analyse(Texts.article(
                "The government should introduce a deposit return scheme for drinks containers. It is the right "
                        + "thing to do, and a deposit return scheme would be good for every town.",
                "Evidence from schemes abroad suggests reductions in drinks-container litter of between 70 and 80 per "
                        + "cent."),
                List.of("The government should introduce a deposit return scheme for drinks containers."));

        assertThat(stanceOf(analysis, "Evidence from schemes abroad")).isEqualTo(Stance.PRO);
    }

    @Test
    void someoneQuotedRightAfterAGroupNamedByItsSideSpeaksForThatGroup() {
        Analysis analysis = pipeline.analyse(Texts.article(
                "Critics of compulsory voting see it differently. \u201cA ballot cast by everybody is a ballot cast "
                        + "in ignorance,\u201d said Jason Brennan, a philosopher at Georgetown University.",
                "Supporters of the rule say it makes parliament answer to everyone. \u201cPoliticians cannot win by "
                        + "firing up a narrow base,\u201d said Lisa Hill, a political scientist."), List.of(MOTION));

        assertThat(stanceOf(analysis, "A ballot cast by everybody")).isEqualTo(Stance.CON);
        assertThat(stanceOf(analysis, "Politicians cannot win")).isEqualTo(Stance.PRO);
    }

    @Test
    void aGroupNamedOnlyByItsSideUnderASidedHeadingIsThatSectionsPeople() {
        Analysis analysis = pipeline.analyse(Texts.article(
                "Should the triple lock on the state pension be scrapped? Your questions answered",
                "Why do some people want to scrap it?", "Critics argue that the lock ratchets the pension upwards.",
                "Why do others want to keep it?", "Supporters also argue that the lock raises the base from which "
                        + "future pensions will grow."),
                List.of("The UK government should scrap the triple lock on the state pension."));

        assertThat(stanceOf(analysis, "Critics argue")).isEqualTo(Stance.PRO);
        assertThat(stanceOf(analysis, "Supporters also argue")).isEqualTo(Stance.CON);
    }

    @Test
    void someoneQuotedRightAfterAGroupsReactionToTheActSpeaksForThatGroup() {
        Analysis analysis = pipeline.analyse(Texts.article(
                "The council will ban private cars from the centre next spring.",
                "Shopkeepers are not convinced. \u201cHalf my customers drive in from the suburbs, and they will shop "
                        + "at the mall instead,\u201d said Lars Dahl, who runs a hardware store.",
                "Health campaigners welcomed the decision. \u201cEvery street we give back to pedestrians fills up "
                        + "with children, caf\u00e9s and trees,\u201d said Hanna Berg, a councillor."),
                List.of("This house would ban private cars from city centres"));

        assertThat(stanceOf(analysis, "Half my customers")).isEqualTo(Stance.CON);
        assertThat(stanceOf(analysis, "Every street")).isEqualTo(Stance.PRO);
    }

    @Test
    void whatTheTextMarksAsAnAnswerToAnotherVoiceArguesTheOtherWay() {
        Analysis analysis = pipeline.analyse(Texts.article(
                "Critics of compulsory voting see it differently. \u201cForcing people to the polls does not make "
                        + "them informed,\u201d said Jason Brennan, a philosopher at Georgetown University.",
                "Yet the fear that compulsion fills ballots with random choices has not been borne out."),
                List.of(MOTION));

        assertThat(stanceOf(analysis, "Yet the fear")).isEqualTo(Stance.PRO);
    }

    @Test
    void theOtherSidesCaseSetOutByTheAuthorArguesAgainstTheAuthorsLean() {
        Analysis analysis = pipeline.analyse(Texts.article(
                "A wealth tax is long overdue, and it would raise billions for schools and hospitals.",
                "The richest households have grown far richer while wages stood still, which is deeply unfair.",
                "They will say that valuing every house and painting each year is too difficult.",
                "Norway and Switzerland manage it, and so could we."),
                List.of("The government should introduce a wealth tax"));

        assertThat(stanceOf(analysis, "A wealth tax is long overdue")).isEqualTo(Stance.PRO);
        assertThat(stanceOf(analysis, "They will say")).isEqualTo(Stance.CON);
    }

    @Test
    void theOtherBenchNamedAsTheSpeakerOfASpeechArguesAgainstTheAuthorsLean() {
        String told = "The proposition told us that turnout in Australia is above ninety per cent every year.";
        Analysis speech = pipeline.analyse(Texts.article(
                "I rise to oppose the motion. Compulsory voting is an attack on freedom and I reject it.", told,
                "I say that freedom includes the freedom to stay at home."), List.of(MOTION));
        assertThat(stanceOf(speech, "The proposition told us")).isEqualTo(Stance.PRO);
    }

    @Test
    void theOtherSidesCaseSetOutByTheAuthorTakesTheSideAgainstTheirLeanWhateverItsWords() {
        Analysis analysis = pipeline.analyse(Texts.article(
                "I believe voting should be compulsory. Compulsory voting makes parliament answer to everyone.",
                "The second objection is that compulsory voting would be good for nobody and fair to no one.",
                "Compulsory voting makes every citizen count."), List.of(MOTION));

        assertThat(stanceOf(analysis, "The second objection")).isEqualTo(Stance.CON);
    }

    @Test
    void aPointGrantedThenAnsweredArguesAgainstTheCaseSetOutBeforeIt() {
        Analysis analysis = pipeline.analyse(Texts.article(
                "Supporters of a ban on wood-burning stoves say that a generous scrappage scheme would take care of "
                        + "the cost. Perhaps it would, "
                        + "if such a scheme existed, but no government has shown the slightest appetite to pay for "
                        + "one."), List.of("Wood-burning stoves should be banned in towns and cities"));

        assertThat(stanceOf(analysis, "Supporters of a ban")).isEqualTo(Stance.PRO);
        assertThat(stanceOf(analysis, "Perhaps it would")).isEqualTo(Stance.CON);
    }

    @Test
    void someoneQuotedRightAfterTheAttitudeTheActMetFromTheirGroupSpeaksForIt() {
        Analysis analysis = pipeline.analyse(Texts.article(
                "Employers could be charged \u00a3550 a year for each parking space under the plans.",
                "But the plans have drawn an angry response from business leaders. Martin Hale, chief executive of "
                        + "the Chamber of Commerce, said that the charge would change how his members run their car "
                        + "parks."), List.of("Councils should introduce a workplace parking levy"));

        assertThat(stanceOf(analysis, "Martin Hale")).isEqualTo(Stance.CON);
    }

    @Test
    void theOtherSidesCaseSetOutByTheAuthorCountsNothingTowardsTheAuthorsLean() {
        Analysis analysis = pipeline.analyse(Texts.article(
                "A generational smoking ban would be a costly mistake.",
                "They will say that the ban has overwhelming public support.",
                "They will say that the ban has won the backing of every doctor.",
                "And the market for cigarettes will carry on regardless, as it always has."),
                List.of("This house would introduce a generational smoking ban"));

        assertThat(stanceOf(analysis, "And the market")).isEqualTo(Stance.CON);
    }

    @Test
    void aSectionsHeadingOutweighsWhatAUnitsOwnWordsSeemToSay() {
        Analysis analysis = pipeline.analyse(Texts.article(
                "Explainer: should the UK bring in a digital ID card?",
                "What do critics say?",
                "Civil liberties groups say that a national ID would hand the state a powerful new tool for tracking "
                        + "citizens."), List.of("The UK should introduce a national digital ID card."));

        assertThat(stanceOf(analysis, "Civil liberties groups")).isEqualTo(Stance.CON);
    }

    @Test
    void aGroupNamedByItsSideKeepsItsOwnUnderASectionOfTheOtherSide() {
        Analysis analysis = pipeline.analyse(Texts.article(
                "Explainer: should energy drinks be banned for children?",
                "The case against",
                "Supporters of the ban say that it would protect children from caffeine they do not need.",
                "Supporters reply that a ban would protect children."),
                List.of("This house would ban the sale of energy drinks to under-16s"));

        assertThat(stanceOf(analysis, "Supporters of the ban")).isEqualTo(Stance.PRO);
        assertThat(stanceOf(analysis, "Supporters reply")).isEqualTo(Stance.PRO);
    }

    private static Stance stanceOf(Analysis analysis, String opening) {
        var unit = analysis.units().stream()
                .filter(u -> u.span().cut(analysis.article().body()).replace("\u201c", "").startsWith(opening))
                .findFirst().orElseThrow();
        return analysis.stances().getFirst().get(unit.index()).stance();
    }
}
