package org.casebook.ingest.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RaisedObjectionTest {
    @Test
    void theOtherSidesCaseOpenedAsADebaterDoesIsRaised() {
        assertThat(RaisedObjection.raised("They will say that valuing assets is too difficult.")).isTrue();
        assertThat(RaisedObjection.raised("Some will ask where the teachers will come from.")).isTrue();
        assertThat(RaisedObjection.raised("It has also been suggested that quieter modern aircraft will reduce the "
                + "impact.")).isTrue();
        assertThat(RaisedObjection.raised("It has been a hard winter for residents near the airport.")).isFalse();
        assertThat(RaisedObjection.raised("Others point out that schools are already required to teach swimming."))
                .isTrue();
        // a point granted to the other side, unanswered in the same sentence
        assertThat(RaisedObjection.raised("Granted, the research on music is mixed.")).isTrue();
        assertThat(RaisedObjection.raised("To be fair, critics have a point.")).isTrue();
        assertThat(RaisedObjection.raised("It is true that some schools insist on expensive items, but the answer is "
                + "to cap those costs.")).isFalse();
        assertThat(RaisedObjection.raised("There is also a worry that compulsion will turn an enjoyable subject "
                + "into a chore.")).isTrue();
        assertThat(RaisedObjection.raised("There is a concern that the scheme costs too much.")).isFalse();
        assertThat(RaisedObjection.raised("My opponent, Ms Liu, argued that fans in the stadium are left in the "
                + "dark.")).isTrue();
        assertThat(RaisedObjection.raised("The proposition will tell you that mistakes are part of the game."))
                .isTrue();
        assertThat(RaisedObjection.raised("True democracy requires turnout.")).isFalse();
        assertThat(RaisedObjection.raised("They ask only for safe crossings.")).isFalse();
        assertThat(RaisedObjection.raised("My opponents say that fears about automation are overblown.")).isTrue();
        assertThat(RaisedObjection.raised("Finally, there is the claim that Britain acting alone would push "
                + "passengers abroad.")).isTrue();
        assertThat(RaisedObjection.raised("The second objection is that people with family abroad would be "
                + "penalised.")).isTrue();
        assertThat(RaisedObjection.raised("Then there is the complaint about privacy, that smart meters will let "
                + "companies snoop on us.")).isTrue();
        assertThat(RaisedObjection.raised("Honourable members opposite will say that the measure is popular."))
                .isTrue();
    }

    @Test
    void aPointAcceptedOrTheOtherSideSaidToBeRightIsConceded() {
        assertThat(RaisedObjection.raised("Now, I accept that the financial argument has real force.")).isTrue();
        assertThat(RaisedObjection.raised("And I accept the chief fire officer's point that serious fires are rarer "
                + "than at any time.")).isTrue();
        assertThat(RaisedObjection.raised("I accept my opponent's concern that the costs are real.")).isTrue();
        assertThat(RaisedObjection.raised("I accept too that staff who spend hours behind glass might be more useful "
                + "out on the platform.")).isTrue();
        assertThat(RaisedObjection.raised("I accept the report's figures.")).isFalse();
        assertThat(RaisedObjection.raised("The officers are right that our recycling rate is below target."))
                .isTrue();
        assertThat(RaisedObjection.raised("And they are right that some councils have seen recycling rise."))
                .isTrue();
        assertThat(RaisedObjection.raised("I accept that it costs money, but the savings are larger.")).isFalse();
        assertThat(RaisedObjection.raised("We are right to act now.")).isFalse();
        assertThat(RaisedObjection.raised("I am sure that is true for many households.")).isTrue();
        assertThat(RaisedObjection.raised("It is also true that victims have almost no way of tracing them."))
                .isTrue();
        assertThat(RaisedObjection.raised("That may well be true of the largest firms.")).isTrue();
        // a group named with what it criticises concedes as plainly as one named alone
        assertThat(RaisedObjection.raised("Critics of the levy are right that the town centre is congested.")).isTrue();
        assertThat(RaisedObjection.raised("That is only half true.")).isFalse();
        // granted as perhaps right, or to a group described by what it did
        assertThat(RaisedObjection.raised("He may be right that the saving will be closer to 140,000 pounds."))
                .isTrue();
        assertThat(RaisedObjection.raised("The campaigners who have pushed for this service are right about the "
                + "problem.")).isTrue();
        assertThat(RaisedObjection.raised("He may be wrong about the saving.")).isFalse();
        assertThat(RaisedObjection.raised("The people who say the council is right about parking are wrong."))
                .isFalse();
        assertThat(RaisedObjection.raised("Supporters of the plan are right that pollinators have declined badly."))
                .isTrue();
    }

    @Test
    void theStrongestObjectionNamedInAWordIsRaisedAndOneJudgedIsNot() {
        assertThat(RaisedObjection.raised("The strongest objection, in my view, is enforcement.")).isTrue();
        assertThat(RaisedObjection.raised("The main objection is cost.")).isTrue();
        assertThat(RaisedObjection.raised("A more serious objection is the shortage of pool space.")).isTrue();
        assertThat(RaisedObjection.raised("The main objection is easily answered.")).isFalse();
        assertThat(RaisedObjection.raised("The strongest objection is misplaced.")).isFalse();
        assertThat(RaisedObjection.raised("The main objection is a red herring.")).isFalse();
    }

    @Test
    void aCaseAnsweredInTheSameSentenceOrAPlainReportIsNot() {
        assertThat(RaisedObjection.raised("They will say it costs too much, but the figures say otherwise."))
                .isFalse();
        assertThat(RaisedObjection.raised("Others argue that the money would be better spent on cycle lanes."))
                .isFalse();
        assertThat(RaisedObjection.raised("The council says the scheme will start in May.")).isFalse();
        assertThat(RaisedObjection.raised("Theyre saying nothing new.")).isFalse();
    }

    @Test
    void aPointGrantedAboutSomethingOrTheOtherSideHeardIsRaised() {
        assertThat(RaisedObjection.raised("The campaigners are right about the smoke.")).isTrue();
        assertThat(RaisedObjection.raised("Critics of my position have a point when they say that voluntary "
                + "guidance has achieved very little.")).isTrue();
        assertThat(RaisedObjection.raised("I accept, too, that even the cleanest stove still produces smoke."))
                .isTrue();
        assertThat(RaisedObjection.raised("I have heard it said in this debate that golf courses are exclusive "
                + "playgrounds for the privileged.")).isTrue();
        assertThat(RaisedObjection.raised("I've heard it argued that the course loses money.")).isTrue();
        assertThat(RaisedObjection.raised("We have heard nothing from the council.")).isFalse();
        assertThat(RaisedObjection.raised("I have also heard it argued that the magazine is the only reliable way "
                + "to tell residents about bin collections.")).isTrue();
        assertThat(RaisedObjection.raised("I am also told that a night bus would make the town centre safer."))
                .isTrue();
        assertThat(RaisedObjection.raised("I am told the bus will run hourly.")).isFalse();
    }

    @Test
    void colleaguesOppositeOrSomeMembersWhoHaveArguedSetOutTheOtherCase() {
        assertThat(RaisedObjection.raised("Some members have argued that allotments are a luxury the council can no "
                + "longer afford.")).isTrue();
        assertThat(RaisedObjection.raised("Colleagues opposite have told us that the sale would raise money."))
                .isTrue();
        assertThat(RaisedObjection.raised("Some members of the public have written to me.")).isFalse();
        assertThat(RaisedObjection.raised("Finally, some have raised the privacy of members of the public.")).isTrue();
        assertThat(RaisedObjection.raised("Some members have raised a fairer point: that exchanges cost more."))
                .isTrue();
        assertThat(RaisedObjection.raised("They have raised fares by 10% since 2019.")).isFalse();
    }

    @Test
    void aPointGrantedIsToldFromTheOtherSidesCase() {
        assertThat(RaisedObjection.granted("Admittedly, a steak that costs \u00a322 today might cost more.")).isTrue();
        assertThat(RaisedObjection.granted("It is true that a later finish squeezes the afternoon.")).isTrue();
        assertThat(RaisedObjection.granted("Critics also say that menu prices would rise.")).isFalse();
        assertThat(RaisedObjection.granted("He is partly right; the evidence on deterrence is mixed.")).isTrue();
        assertThat(RaisedObjection.granted("And he is right: cameras help police solve crimes.")).isFalse();
        assertThat(RaisedObjection.granted("The timing is right: the lease on the depot runs out in May.")).isFalse();
        assertThat(RaisedObjection.granted("The members opposite are right that every service has to justify its "
                + "cost.")).isTrue();
        // recognised, agreed with the other side, or not pretended otherwise
        assertThat(RaisedObjection.granted("We recognise that local authority budgets are under severe pressure."))
                .isTrue();
        assertThat(RaisedObjection.granted("I agree with him that justice must be seen to be done.")).isTrue();
        assertThat(RaisedObjection.granted("Some do, and I will not pretend otherwise.")).isTrue();
        assertThat(RaisedObjection.raised("Some do, and I will not pretend otherwise.")).isTrue();
        // what leads into the writer's own case grants nothing, nor does a point not pretended otherwise but answered
        assertThat(RaisedObjection.granted("We recognise that too many tenants live in damp homes, which is why we "
                + "back licensing.")).isFalse();
        assertThat(RaisedObjection.granted("It costs money, but it saves lives, and I won't pretend otherwise."))
                .isFalse();
        assertThat(RaisedObjection.granted("Some do, and I won't pretend otherwise.")).isTrue();
        assertThat(RaisedObjection.raised("Critics also say that menu prices would rise.")).isFalse();
    }

    @Test
    void aFurtherObjectionOrAnotherComplaintIsRaised() {
        assertThat(RaisedObjection.raised("A second objection is that this is the state barging into family life."))
                .isTrue();
        assertThat(RaisedObjection.raised("Another complaint is that the fines fall hardest on the poor.")).isTrue();
        assertThat(RaisedObjection.raised("A second reason is that the fines fall hardest on the poor.")).isFalse();
        assertThat(RaisedObjection.raised("The opposition's second argument was that an elected Lords would "
                + "challenge the Commons.")).isTrue();
        // a bare "their" may be anyone's: an explainer's campaigners
        assertThat(RaisedObjection.raised("Their argument is that a law would make cycling less safe.")).isFalse();
        assertThat(RaisedObjection.raised("Our argument is that a law would make cycling safer.")).isFalse();
    }

    @Test
    void oneOpponentAnsweredInThePresentOrMembersWhoHaveAskedWhySetOutTheOtherCase() {
        assertThat(RaisedObjection.raised("She says that fluoridation is mass medication without consent.")).isTrue();
        assertThat(RaisedObjection.raised("And she says, with some justice, that the benefit is smaller today."))
                .isTrue();
        assertThat(RaisedObjection.raised("She said the scheme had worked well.")).isFalse();
        assertThat(RaisedObjection.raised("Some members have asked why this council should take a position at all."))
                .isTrue();
        assertThat(RaisedObjection.raised("Some members have asked for a vote.")).isFalse();
    }

    @Test
    void theOtherBenchOfADebateNamedAsTheSpeakerIsTheOtherSide() {
        assertThat(RaisedObjection.raised("Their first speaker told us that animals in captivity suffer.")).isTrue();
        assertThat(RaisedObjection.otherBench("The proposition")).isTrue();
        assertThat(RaisedObjection.otherBench("The proposition's final speaker")).isTrue();
        assertThat(RaisedObjection.otherBench("the opposition")).isTrue();
        assertThat(RaisedObjection.otherBench("The leader of the opposition")).isTrue();
        assertThat(RaisedObjection.otherBench("The member for Riverside")).isTrue();
        assertThat(RaisedObjection.otherBench("Their first speaker")).isTrue();
        assertThat(RaisedObjection.otherBench("The opposition Labour group")).isFalse();
        assertThat(RaisedObjection.otherBench("Councillor Helen Marsh")).isFalse();
        assertThat(RaisedObjection.otherBench("The Speaker")).isFalse();
    }

    @Test
    void aPointTheSentenceBeforeAnnouncesAsTheOtherSidesIsRaised() {
        String body = "Title\n\nOpponents make some arguments that deserve a fair hearing. The most serious is that "
                + "the law should not criminalise loving parents.\n\nThere is one point on which ministers who resist "
                + "change have a case. Changing the law on its own would achieve little.\n\nThese objections deserve "
                + "a hearing, but none is decisive. The costs are borne by producers.\n\nWe raise three concerns. "
                + "The fines are too high.\n\nThe fines are too high.";
        assertThat(announced(body, "The most serious is")).isTrue();
        assertThat(announced(body, "Changing the law on its own")).isTrue();
        // an announcement answered at once, the author's own points, or nothing before in the paragraph
        assertThat(announced(body, "The costs are borne")).isFalse();
        assertThat(announced(body, "The fines")).isFalse();
        assertThat(RaisedObjection.announced(body, body.lastIndexOf("The fines"), "The fines are too high."))
                .isFalse();
        assertThat(RaisedObjection.announced(body, 0, "Title")).isFalse();
        // the author's understanding of why the other side holds its view announces it
        String letter = "Letter\n\nLet me say at once that I understand why the idea is popular. The last bus leaves "
                + "absurdly early.\n\nI understand the timetable. The last bus leaves absurdly early.";
        assertThat(RaisedObjection.announced(letter, letter.indexOf("The last bus"), "The last bus leaves absurdly "
                + "early.")).isTrue();
        assertThat(RaisedObjection.announced(letter, letter.lastIndexOf("The last bus"), "The last bus leaves "
                + "absurdly early.")).isFalse();
        String failed = "Letter\n\nLet me say that I see why the scheme failed. The last bus leaves absurdly early.";
        assertThat(RaisedObjection.announced(failed, failed.indexOf("The last bus"), "The last bus leaves absurdly "
                + "early.")).isFalse();
        // the author's own points, a report's questions, and an answer in the author's voice
        String own = "Title\n\nThe report raises several questions about spending. The costs have doubled.\n\n"
                + "Opponents make some arguments that deserve a fair hearing. I find none of them convincing. The "
                + "costs have doubled again.";
        assertThat(announced(own, "The costs have doubled.")).isFalse();
        assertThat(announced(own, "I find none")).isFalse();
        assertThat(announced(own, "The costs have doubled again")).isFalse();
    }

    @Test
    void whatTheOtherSideGetsRightAnnouncesTheRestOfItsParagraphUntilAnAnswer() {
        String body = "Title\n\nLet me start with what the ban's supporters get right. Transport is the largest "
                + "source of emissions. Electric cars produce less carbon. But a target is only as good as its means. "
                + "Cars are dear.\n\nCars are dear.";
        assertThat(RaisedObjection.raised("Let me start with what the ban's supporters get right.")).isTrue();
        assertThat(announced(body, "Transport is")).isTrue();
        assertThat(announced(body, "Electric cars")).isTrue();
        // the answer and what follows it, and the next paragraph, are the author's own
        assertThat(announced(body, "But a target")).isFalse();
        assertThat(announced(body, "Cars are dear")).isFalse();
        assertThat(RaisedObjection.announced(body, body.lastIndexOf("Cars"), "Cars are dear.")).isFalse();
    }

    /** Whether the sentence of {@code body} that opens with {@code opening} sets out a point announced before it. */
    private static boolean announced(String body, String opening) {
        int start = body.indexOf(opening);
        int end = body.indexOf('.', start) + 1;
        return RaisedObjection.announced(body, start, body.substring(start, end));
    }

    @Test
    void whatTheAuthorDoesNotDisputeIsConceded() {
        assertThat(RaisedObjection.raised("I do not dispute that we need homes: fourteen hundred families are on our "
                + "housing register.")).isTrue();
        assertThat(RaisedObjection.raised("We do not dispute the scale of the problem.")).isTrue();
        assertThat(RaisedObjection.raised("I do not dispute those figures, and smoking is a terrible habit.")).isTrue();
        assertThat(RaisedObjection.raised("The figures do not dispute the scale of the problem.")).isFalse();
        assertThat(RaisedObjection.raised("We cannot deny our children the green spaces we grew up with.")).isFalse();
    }

    @Test
    void aWorryUnderstoodOrAPointCalledSeriousIsConcededUnlessTurnedAtOnce() {
        assertThat(RaisedObjection.raised("I have also been told that a smaller council will be less diverse."))
                .isTrue();
        assertThat(RaisedObjection.raised("That is a serious point, and I do not dismiss it.")).isTrue();
        assertThat(RaisedObjection.raised("I understand that worry, particularly from colleagues in the rural wards."))
                .isTrue();
        assertThat(RaisedObjection.raised("That is a fair point, and yet it is an argument for a right rather than "
                + "against one.")).isFalse();
        assertThat(RaisedObjection.raised("I understand the scheme well.")).isFalse();
        // the author's own concern, not one granted
        assertThat(RaisedObjection.raised("It is a real concern that one in five children now vapes.")).isFalse();
    }

    @Test
    void aPointSomeoneIsToldToHaveGrantedIsGrantedUnlessAnswered() {
        assertThat(RaisedObjection.grantedByThem("Councillor Mansell acknowledged that the scheme would change the "
                + "landscape.")).isTrue();
        assertThat(RaisedObjection.grantedByThem("Sandra Kelly, a landlord, conceded that fees might rise.")).isTrue();
        assertThat(RaisedObjection.grantedByThem("Cllr Penhale conceded that enforcement would be a challenge but "
                + "said the order would still act as a deterrent.")).isFalse();
        assertThat(RaisedObjection.grantedByThem("Councillor Mansell said that the scheme would change the "
                + "landscape.")).isFalse();
        assertThat(RaisedObjection.grantedByThem("The operator has never accepted that the turbines harm birds."))
                .isFalse();
        assertThat(RaisedObjection.grantedByThem("Ms Reid admitted that the trial has not yet cut waiting times."))
                .isTrue();
    }
}
