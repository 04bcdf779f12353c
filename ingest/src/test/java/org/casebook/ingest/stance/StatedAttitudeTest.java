package org.casebook.ingest.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatedAttitudeTest {
    private final PolarityReader reader = new PolarityReader();

    @Test
    void anAttitudeTowardsTheTargetTakesItsSide() {
        Motion ban = Motion.parse("Zoos should be banned");
        assertThat(reader.read("Hoteliers oppose zoos.", ban)).isPositive();
        Motion regret = Motion.parse("This house regrets the rise of zero-hours contracts");
        assertThat(reader.read("So yes, I regret the rise of zero-hours contracts, and so should anyone who thinks a "
                + "job ought to come with the basic dignity of knowing when you will next be working.", regret))
                .isPositive();
    }

    @Test
    void backingTheIdeaIsBackingTheActAndRejectingTheIdeaThatIsNot() {
        Motion pricing = Motion.parse("The government should introduce minimum unit pricing for alcohol in England.");
        assertThat(reader.read("Some publicans also back the idea, arguing that it would narrow the gap between "
                + "supermarket prices and the cost of a drink at the bar.", pricing)).isPositive();
        assertThat(StatedAttitude.read("Critics reject the idea that a price floor saves lives.", pricing)).isNull();
    }

    @Test
    void aPetitionOrCampaignForOrAgainstTheActTakesItsSide() {
        Motion approve = Motion.parse("The council should approve the Harrow Ridge wind farm");
        assertThat(reader.read("He said that more than 1,200 residents had signed a petition against the plan, and "
                + "that the council had a duty to listen to them.", approve)).isNegative();
        assertThat(reader.read("Residents have launched a campaign in support of the wind farm.", approve))
                .isPositive();
        Motion ban = Motion.parse("Smoking should be banned in parks");
        assertThat(reader.read("Parents have started a petition calling for the ban.", ban)).isPositive();
        assertThat(StatedAttitude.read("There has been no petition against the plan.", approve)).isNull();
        assertThat(StatedAttitude.read("Few objections against the plan have come in.", approve)).isNull();
        assertThat(StatedAttitude.read("Parents have started a petition calling for the ban to be lifted.", ban))
                .isNull();
    }

    @Test
    void theRecommendationOrProposalBeforeTheHouseIsTheMotionsAct() {
        Motion bins = Motion.parse("The council should switch to collecting general waste bins every three weeks.");
        assertThat(reader.read("I rise to oppose the recommendation that this council should move to collecting "
                + "general waste bins every three weeks.", bins)).isNegative();
        assertThat(reader.read("Chair, this proposal asks the people of Westmoor to accept a worse service in "
                + "exchange for savings that may never materialise.", bins)).isNegative();
        Motion fines = Motion.parse("Public libraries should abolish overdue fines");
        // "as" is no verb of the proposal's: the description is the speaker's, read as such
        assertThat(reader.read("Gary Whitlock described the proposal as \"a nice gesture paid for by everybody "
                + "else.\"", fines)).isNotPositive();
    }

    @Test
    void theActAsTheSubjectOfAnAttitudeItMetTakesThatSide() {
        Motion ban = Motion.parse("The council should ban the use of glyphosate weedkiller on its streets and parks.");
        assertThat(reader.read("But the proposal has met resistance from the council's own cabinet, which warns that "
                + "the alternatives are slower, dearer and less effective.", ban)).isNegative();
        assertThat(reader.read("The plan has won broad support from parents.", ban)).isPositive();
        assertThat(reader.read("The motion has met little resistance so far.", ban)).isPositive();
    }

    @Test
    void theActBackedOrOpposedInThePassiveTakesThatSide() {
        Motion age = Motion.parse("Should the age of criminal responsibility in England and Wales be raised from 10 "
                + "to 14?");
        assertThat(reader.read("The proposal is backed by children's charities, many youth justice workers and some "
                + "senior police officers.", age)).isPositive();
        assertThat(reader.read("The change has been strongly opposed by victims' groups.", age)).isNegative();
        assertThat(reader.read("The plan is not supported by the police federation.", age)).isNegative();
        assertThat(reader.read("The plan is barely supported by its own councillors.", age)).isNegative();
        assertThat(reader.read("The proposal is not only supported by charities but also by police chiefs.", age))
                .isNotNegative();
    }

    @Test
    void anAttitudeTowardsTheActTakesItsSideAndANegatorTurnsIt() {
        Motion ban = Motion.parse("Zoos should be banned");
        assertThat(reader.read("Most residents back the ban.", ban)).isPositive();
        assertThat(reader.read("Residents are firmly against a ban.", ban)).isNegative();
        assertThat(reader.read("Keepers do not support the ban.", ban)).isNegative();
        Motion tax = Motion.parse("The government should introduce a tourist tax");
        assertThat(reader.read("Hoteliers oppose the tax.", tax)).isNegative();
        assertThat(reader.read("We fully support a tourist tax.", tax)).isPositive();
    }

    @Test
    void anAttitudeTowardsTheMotionDebatedIsTheSideItTakes() {
        Motion abolish = Motion.parse("Jury trials should be abolished for complex fraud cases");
        Motion introduce = Motion.parse("The government should introduce a tourist tax");

        assertThat(reader.read("I urge you to oppose the motion.", abolish)).isNegative();
        assertThat(reader.read("I urge you to oppose the motion.", introduce)).isNegative();
        assertThat(reader.read("I rise to support this motion.", abolish)).isPositive();
        assertThat(reader.read("We do not support the motion.", introduce)).isNegative();
    }

    @Test
    void theMotionDebatedJudgedByWhatItWouldDoTakesThatSide() {
        Motion broadcast = Motion.parse("This house would broadcast criminal trials on television.");
        assertThat(reader.read("But I will show you tonight that this motion would make trials less fair, witnesses "
                + "less willing and justice less open, not more.", broadcast)).isNegative();
        assertThat(reader.read("This motion confuses being open with being on television.", broadcast)).isNegative();
        Motion ban = Motion.parse("Zoos should be banned");
        assertThat(reader.read("This motion would protect animals from cruelty.", ban)).isPositive();
        assertThat(reader.read("The councillor who proposed the motion lives nearby.", ban)).isZero();
        assertThat(reader.read("The motion was defeated by twelve votes.", ban)).isZero();
    }

    @Test
    void aVoteAndAnAttemptsAimAreAnAttitudeTowardsTheAct() {
        Motion raise = Motion.parse("The state pension age should be raised to 70.");

        assertThat(reader.read("I will vote against any attempt to raise the pension age to 70, and I hope you "
                + "will stand with me.", raise)).isNegative();
        assertThat(reader.read("We oppose plans to raise the pension age.", raise)).isNegative();
        assertThat(reader.read("Most members voted for the proposal to raise the pension age.", raise)).isPositive();
    }

    @Test
    void aNounOrAProposedClaimIsNoStatedAttitude() {
        Motion ban = Motion.parse("Zoos should be banned");
        // "support" as a noun, and a claim rejected: read from their words, not as an attitude
        assertThat(StatedAttitude.read("Not much support exists for a ban.", ban)).isNull();
        assertThat(StatedAttitude.read("We reject the idea that the ban would work.", ban)).isNull();
        assertThat(StatedAttitude.read("If you oppose zoos, visit one.", ban)).isNull();
    }

    @Test
    void anAttitudeReportedOrMetWithAnAsideOrTheMotionDescribedTakesItsSide() {
        Motion levy = Motion.parse("Councils should introduce a workplace parking levy");
        assertThat(reader.read("Opposition group leader Councillor Peter Dunne confirmed that his group would vote "
                + "against the plan.", levy)).isNegative();
        assertThat(reader.read("But the plans have drawn an angry response from business leaders.", levy))
                .isNegative();
        assertThat(reader.read("The proposal has, however, won backing from environmental groups and bus users.",
                levy)).isPositive();
        assertThat(reader.read("Councillor Amina Shah said that she backed the principle.", levy)).isPositive();
        assertThat(StatedAttitude.read("Councillor Amina Shah backed the principle that polluters pay.", levy))
                .isNull();
        // an aside later in the sentence turns away from the attitude the act met: no side from it
        assertThat(StatedAttitude.received("The plan has drawn fierce criticism from drivers; bus users, however, "
                + "have welcomed it.", levy)).isZero();
        Motion golf = Motion.parse("This council should convert Brackley Park Golf Course into a nature reserve");
        assertThat(reader.read("I rise to oppose the motion standing in the name of Councillor Patel, and I do so as "
                + "someone who has never swung a golf club in anger.", golf)).isNegative();
    }

    @Test
    void movingOrCommendingTheMotionIsTheMoversSide() {
        Motion magazine = Motion.parse("Calderbridge Council should stop printing its residents' magazine.");
        // the mover's side, whatever the clause after it says of the act
        assertThat(reader.read("I rise to move the motion standing in my name, which asks this council to stop "
                + "printing and posting the magazine that lands on every doormat in the borough.", magazine))
                .isPositive();
        assertThat(reader.read("I commend this motion to the council.", magazine)).isPositive();
        assertThat(reader.read("I cannot commend this motion to the council.", magazine)).isNegative();
        assertThat(StatedAttitude.firstPerson("I rise to move the motion standing in my name.")).isTrue();
        // a move turned from, or a motion proposed to be something, is none
        assertThat(StatedAttitude.read("I was ready to second the motion, but the figures changed my mind.",
                magazine)).isNull();
        assertThat(StatedAttitude.read("I propose the motion be deferred.", magazine)).isNull();
        // moving something else is no side
        assertThat(StatedAttitude.read("We move the bins to the kerb on Thursdays.", magazine)).isNull();
    }

    @Test
    void aSideTakenOnTheMotionOrAVoteUrgedOnItIsTheSpeakers() {
        Motion sale = Motion.parse("This council would sell the Meadow Lane allotments for housing development");
        assertThat(reader.read("I rise to oppose this motion, and I do so not because I am against new homes, but "
                + "because I am against building on something we can never get back.", sale)).isNegative();
        assertThat(reader.read("Madam Chair, this motion asks us to give up something precious to solve a problem "
                + "that it will not solve, and I urge colleagues to vote against it.", sale)).isNegative();
        assertThat(reader.read("I oppose the sale of the allotments.", sale)).isNegative();
        assertThat(reader.read("For all these reasons I ask members to support the motion.", sale)).isPositive();
        // "it" is the motion only where the sentence names the motion; a call refused is no call
        assertThat(StatedAttitude.read("The depot could take more homes, and I urge colleagues to vote for it.", sale))
                .isNull();
        assertThat(reader.read("I would not urge anyone to support this motion.", sale)).isNegative();
        // a side on the motion under a condition is none
        assertThat(reader.read("I would support this motion if it kept the allotments, but it does not.", sale))
                .isNotPositive();
    }

    @Test
    void aCallMadeAsAMatterOfTimeIsACallUnlessItIsConditional() {
        assertThat(StatedAttitude.called("It is time to end the unpaid internship for good")).isTrue();
        assertThat(StatedAttitude.called("It is high time the government banned them.")).isTrue();
        assertThat(StatedAttitude.called("It's time for councils to act.")).isTrue();
        assertThat(StatedAttitude.called("It is time to act if the trial fails.")).isFalse();
        assertThat(StatedAttitude.called("It is time-consuming to apply.")).isFalse();
        assertThat(StatedAttitude.called("It is time to admit that banning sunbeds has not worked.")).isFalse();
    }

    @Test
    void theOpportunityToMoveTheMotionIsTheMoversSide() {
        Motion councillors = Motion.parse("The council should cut the number of councillors from 54 to 40");
        assertThat(reader.read("Madam Chair, members of the council, thank you for the opportunity to move this "
                + "motion.", councillors)).isPositive();
        assertThat(StatedAttitude.firstPerson("It is a privilege to second this motion.")).isTrue();
        // reported of someone else, it is no side of the author's
        assertThat(StatedAttitude.firstPerson("Councillor Jones said it was a privilege to second the motion."))
                .isFalse();
    }
}
