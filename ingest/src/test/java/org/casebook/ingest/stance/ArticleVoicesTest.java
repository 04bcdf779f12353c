package org.casebook.ingest.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.casebook.ingest.model.DetectedUnit;
import org.casebook.ingest.model.Speaker;
import org.junit.jupiter.api.Test;

class ArticleVoicesTest {
    private static final String OP_ED = "A sugar tax will not make us healthier\n\nMinisters call it a health measure. "
            + "It is nothing of the kind.";

    @Test
    void anOpEdsHeadlineIsTheWholeFirstLineWithNoFullStop() {
        List<DetectedUnit> units = ArticleUnits.of(OP_ED, "A sugar tax will not make us healthier",
                "It is nothing of the kind.");
        String plain = OP_ED.replace("healthier\n", "healthier.\n");
        List<DetectedUnit> sentences = ArticleUnits.of(plain, "A sugar tax will not make us healthier.",
                "It is nothing of the kind.");

        assertThat(ArticleVoices.headline(OP_ED, units)).isZero();
        assertThat(ArticleVoices.headline(plain, sentences)).isEqualTo(-1);
        // a first unit that is not at the start of the text is no headline
        assertThat(ArticleVoices.headline(OP_ED, ArticleUnits.of(OP_ED, "It is nothing of the kind."))).isEqualTo(-1);
    }

    @Test
    void theHeadlineCountsAsSeveralOfTheAuthorsUnitsInTheirLean() {
        List<DetectedUnit> units = ArticleUnits.of(OP_ED, "A sugar tax will not make us healthier",
                "Ministers call it a health measure.", "It is nothing of the kind.");
        double[] own = {-0.9, 1.0, 0};

        assertThat(ArticleVoices.leans(units, own).get("").mean()).isPositive();
        assertThat(ArticleVoices.leans(units, own, Set.of(0)).get("").mean()).isNegative();
    }

    @Test
    void theAuthorsOwnStatedAttitudeIsAThesisAndAGroupsIsNot() {
        Motion regret = Motion.parse("This house regrets the rise of zero-hours contracts");
        String body = "The flexibility only ever runs one way. Unions regret the rise of zero-hours contracts. "
                + "So yes, I regret the rise of zero-hours contracts.";
        assertThat(theses(body, regret, "The flexibility only ever runs one way.",
                "Unions regret the rise of zero-hours contracts.",
                "So yes, I regret the rise of zero-hours contracts.")).containsExactly(2);
    }

    @Test
    void theAuthorsBeliefThatTheActShouldBeDoneIsAThesis() {
        Motion cooking = Motion.parse("This house would make cooking lessons compulsory for all pupils");
        String body = "I am not proud of it. That is why I believe cooking lessons should be compulsory until pupils "
                + "leave school. Some think cooking lessons are fun.";
        String belief = "That is why I believe cooking lessons should be compulsory until pupils leave school.";

        assertThat(theses(body, cooking, "I am not proud of it.", belief, "Some think cooking lessons are fun."))
                .containsExactly(1);
        assertThat(new PolarityReader().read(belief, cooking)).isPositive();
    }

    @Test
    void theAuthorsOutrightCallOnThoseWhoCanActIsAThesisAndAQuestionIsNot() {
        Motion meters = Motion.parse("Water meters should be made compulsory for every home in England");
        String call = "The government should make water meters compulsory for every home in England.";
        String question = "The government should make water meters compulsory, shouldn't it?";
        String body = "The reservoirs drop. " + call + " " + question;

        assertThat(theses(body, meters, "The reservoirs drop.", call, question)).containsExactly(1);
        assertThat(new PolarityReader().read(call, meters)).isPositive();
        String conditional = "The government should make water meters compulsory if the trial succeeds.";
        assertThat(theses(conditional, meters, conditional)).isEmpty();
    }

    @Test
    void theyRightAfterAGroupNamedByItsSideGoOnWithItsCase() {
        Motion belt = Motion.parse("The government should allow more housebuilding on green belt land");
        String group = "Opponents argue that the green belt provides valuable space for wildlife.";
        String more = "They also warn that new estates tend to be car-dependent, which would increase emissions.";
        String after = "They also say that the estates would be ugly.";
        String body = group + " " + more + " Some say the land is scrub. " + after;
        List<DetectedUnit> units = ArticleUnits.of(body, group, more, "Some say the land is scrub.", after);
        double[] own = {-0.96, 0, 0.3, 0};

        boolean[] goOn = ArticleVoices.goOnForTheirGroups(body, units, own, belt);

        // the group's case, not the other side's raised by the author (the stance classifier asks which)
        assertThat(goOn).containsExactly(false, true, false, false);

        assertThat(own[1]).isEqualTo(-0.96);
        // after a plain position, "they" may be anyone
        assertThat(own[3]).isZero();
    }

    @Test
    void aDebatesTitleThatNamesTheSpeakersSideGivesTheAuthorThatSide() {
        assertThat(ArticleVoices.titleSide("Opposition speech: This House would ban zoos\n\nMadam Speaker, ..."))
                .isEqualTo(-1);
        assertThat(ArticleVoices.titleSide("Transcript: Speech by Dr Briggs, opposing the motion \"This house would "
                + "scrap VAR\"\n\nThank you.")).isEqualTo(-1);
        assertThat(ArticleVoices.titleSide("Proposition speech: the very rich should pay a wealth tax\n\nFriends"))
                .isEqualTo(1);
        // a title that names no side of a debate, or both, and a text of one line
        assertThat(ArticleVoices.titleSide("Opposition leaders attack the budget\n\nThe budget ...")).isZero();
        assertThat(ArticleVoices.titleSide("Motion to ban dogs from the beach faces opposition\n\n...")).isZero();
        assertThat(ArticleVoices.titleSide("Opposition day debate: the two-child cap\n\n...")).isZero();
        assertThat(ArticleVoices.titleSide("Voters debate Proposition 22\n\n...")).isZero();
        assertThat(ArticleVoices.titleSide("Opposition speech and proposition speech\n\n...")).isZero();
        assertThat(ArticleVoices.titleSide("Opposition speech: This House would ban zoos")).isZero();

        // a title closed as a question is no headline, so the thesis is the title's side alone
        String title = "Opposition speech: should we ban zoos?";
        String body = title + "\n\nZoos keep species alive.";
        List<DetectedUnit> units = ArticleUnits.of(body, title, "Zoos keep species alive.");
        double[] own = {0.4, 0.5};
        ArticleVoices.sideFromTitle(body, units, own);
        assertThat(own).containsExactly(-1, 0.5);
        assertThat(theses(body, Motion.parse("This House would ban zoos"), title, "Zoos keep species alive."))
                .containsExactly(0);
        assertThat(theses("Should we ban zoos?\n\nZoos keep species alive.", Motion.parse("This House would ban "
                + "zoos"), "Should we ban zoos?", "Zoos keep species alive.")).isEmpty();
    }

    @Test
    void aSpeakersCaveatArguesTheOtherWayFromTheirPointBefore() {
        String body = "The trust said that dogs disturbed nesting birds. However, the trust warned that pushing dog "
                + "walkers onto the quieter ends could increase disturbance.";
        List<DetectedUnit> units = ArticleUnits.of(body, "The trust said that dogs disturbed nesting birds.",
                "However, the trust warned that pushing dog walkers onto the quieter ends could increase disturbance.");
        Speaker trust = new Speaker("The Marram Estuary Trust", null);
        List<DetectedUnit> voiced = List.of(ArticleUnits.spokenBy(units.get(0), trust),
                ArticleUnits.spokenBy(units.get(1), trust));
        double[] own = {1.0, 0.97};

        ArticleVoices.answerTheOtherWay(body, voiced, own, Motion.parse("Dogs should be banned from the beach"));

        assertThat(own[1]).isNegative();
        // the author's own "However", or one after a point the speaker's words do not make sure of, turns nothing
        assertThat(ArticleVoices.caveat(body, units, new double[] {1.0, 0.97}, units.get(1))).isEqualTo(-1);
        assertThat(ArticleVoices.caveat(body, voiced, new double[] {0.2, 0.97}, voiced.get(1))).isEqualTo(-1);
    }

    @Test
    void anAuthorsTurnRightAfterAGroupsCaseAndAPointGrantedArguesAgainstThatCase() {
        Motion charges =
                Motion.parse("Restaurants should be banned from adding discretionary service charges to bills");
        String critics = "Critics also say that menu prices would rise and customers would be put off.";
        String granted = "Admittedly, a steak that costs \u00a322 today might be listed at \u00a324.75 tomorrow.";
        String turn = "But the diner would be paying exactly the same as before.";
        String body = critics + " " + granted + " " + turn;
        List<DetectedUnit> units = ArticleUnits.of(body, critics, granted, turn);
        double[] own = {-1.0, 0, 0};

        ArticleVoices.answerTheOtherWay(body, units, own, charges);

        assertThat(own[2]).isPositive();
        // the same group's case going on, or a turn whose own words take a side, answers nothing
        String goesOn = "But they also warn that diners would stop tipping.";
        String body2 = critics + " " + goesOn;
        assertThat(ArticleVoices.turnedFrom(body2, ArticleUnits.of(body2, critics, goesOn), new double[] {-1.0, 0},
                ArticleUnits.of(body2, critics, goesOn).get(1), charges)).isEqualTo(-1);
        assertThat(ArticleVoices.turnedFrom(body, units, new double[] {-1.0, 0, -0.5}, units.get(2), charges))
                .isEqualTo(-1);
    }

    @Test
    void anAuthorsPointTurnedFromRightAfterItInItsParagraphIsGranted() {
        String granted = "Eight million pounds sounds like a great deal, and it is.";
        String turn = "But our annual budget gap is around twelve million.";
        assertThat(answeredNext(granted, " ", turn)).isTrue();
        // a new paragraph, a quotation, a group's case or an answer in the same breath: no point granted
        assertThat(answeredNext(granted, "\n\n", turn)).isFalse();
        assertThat(answeredNext("\"Eight million pounds sounds like a great deal.\"", " ", turn)).isFalse();
        assertThat(answeredNext(granted, " ", "But critics say the gap is twelve million.")).isFalse();
        assertThat(answeredNext("The sum sounds large, but it is not.", " ", turn)).isFalse();
    }

    /** Whether the first of two units, joined by {@code between}, is answered by the second. */
    private static boolean answeredNext(String first, String between, String second) {
        Motion sell = Motion.parse("The council should sell paintings from its art collection to close the budget gap");
        String body = first + between + second;
        List<DetectedUnit> units = ArticleUnits.of(body, first, second);
        return ArticleVoices.answeredNext(body, units, units.getFirst(), sell);
    }

    @Test
    void theAuthorsCallGivenAsTheReasonForWhatCameBeforeIsAThesis() {
        Motion meters = Motion.parse("Water meters should be made compulsory for every home in England");
        String call = "And that, in a nutshell, is why the government should make water meters compulsory.";
        String body = "The reservoirs drop. " + call;

        assertThat(theses(body, meters, "The reservoirs drop.", call)).containsExactly(1);
        String reported = "That, critics say, is why the government should make water meters compulsory.";
        assertThat(theses("The reservoirs drop. " + reported, meters, "The reservoirs drop.", reported)).isEmpty();
    }

    @Test
    void someoneQuotedRightAfterTheirGroupsPositionArguesItsSide() {
        Motion licensing = Motion.parse("The council should introduce a licensing scheme for private landlords.");
        String position = "But landlords say the scheme will punish responsible owners.";
        String kelly = "Sandra Kelly, regional representative of the National Residential Landlords Association, said "
                + "the fee would be passed on.";
        String malik = "Tenant Aisha Malik said the fee would be passed on.";
        assertThat(afterPosition(position, kelly, new Speaker("Sandra Kelly",
                "regional representative of the National Residential Landlords Association"), licensing))
                .isEqualTo(-1.0);
        // not one of the group, nor for it: her own words stand
        assertThat(afterPosition(position, malik, new Speaker("Aisha Malik", "Tenant"), licensing)).isEqualTo(0.04);
    }

    @Test
    void someoneQuotedNextInTheParagraphOfAGroupNamedByItsSideArguesItsSide() {
        Motion charges = Motion.parse("The council should introduce parking charges at its country parks.");
        String position = "Critics argue that the charges will price out low-income families.";
        String okafor = "Margaret Okafor, who runs a walking group, said that many mothers struggle with petrol.";
        Speaker her = new Speaker("Margaret Okafor", "who runs a walking group");
        assertThat(afterPosition(position, okafor, her, charges)).isEqualTo(-1.0);
        // one who turns to answer the group, or who speaks in the next paragraph, keeps their own words
        assertThat(afterPosition(position, "But " + okafor, her, charges)).isEqualTo(0.04);
        assertThat(afterPosition(position, okafor, her, charges, "\n\n")).isEqualTo(0.04);
        assertThat(afterPosition(position, "However, " + okafor, her, charges)).isEqualTo(0.04);
        // one named by a role only may be the plan's own reply
        assertThat(afterPosition(position, "A council spokesperson said the fees would pay for rangers.",
                new Speaker("A council spokesperson", null), charges)).isEqualTo(0.04);
    }

    /** The score of a speaker's unit (0.04 on its own words) right after a group's position read at -1. */
    private static double afterPosition(String position, String spoken, Speaker speaker, Motion motion) {
        return afterPosition(position, spoken, speaker, motion, " ");
    }

    /** As {@link #afterPosition(String, String, Speaker, Motion)}, the two apart by {@code between}. */
    private static double afterPosition(String position, String spoken, Speaker speaker, Motion motion,
            String between) {
        String body = position + between + spoken;
        List<DetectedUnit> plain = ArticleUnits.of(body, position, spoken);
        List<DetectedUnit> units = List.of(plain.get(0), ArticleUnits.spokenBy(plain.get(1), speaker));
        double[] own = {-1.0, 0.04};
        ArticleVoices.speakForTheirGroups(body, units, own, motion);
        return own[1];
    }

    @Test
    void whoeverTheReportSaysBroughtTheMotionLeansForItWhateverTheirFirstWords() {
        String body = "The motion, tabled by Green councillor Priya Nandakumar, would end spraying. A rival plan, put "
                + "forward by the Liberal Democrats, would cut it. Cllr Nandakumar said the council had a duty.";
        assertThat(ArticleVoices.proposers(body)).containsExactly("Nandakumar");

        List<DetectedUnit> units = ArticleUnits.of(body, "Cllr Nandakumar said the council had a duty.").stream()
                .map(u -> ArticleUnits.spokenBy(u, new Speaker("Nandakumar", "Cllr"))).toList();
        double[] own = {-0.2};
        assertThat(ArticleVoices.leans(units, own, Set.of()).get("Nandakumar").mean()).isNegative();
        assertThat(ArticleVoices.leans(units, own, Set.of(), Set.of("Nandakumar"), 1).get("Nandakumar").mean())
                .isPositive();
        // where the motion debated rejects the act she brought, she leans against it
        assertThat(ArticleVoices.leans(units, own, Set.of(), Set.of("Nandakumar"), -1).get("Nandakumar").mean())
                .isNegative();
        assertThat(ArticleVoices.proposers("A rival motion, tabled by Cllr John Reed, would delay it. The bill, "
                + "introduced by the Scottish National Party, passed.")).isEmpty();
    }

    /** The theses among units of the given texts, read against the motion. */
    private static Set<Integer> theses(String body, Motion motion, String... texts) {
        List<DetectedUnit> units = ArticleUnits.of(body, texts);
        PolarityReader reader = new PolarityReader();
        return ArticleVoices.theses(body, units, units.stream().map(u -> reader.frame(u.span().cut(body), motion))
                .toList());
    }
}
