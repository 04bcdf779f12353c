package org.casebook.ingest.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClauseValenceTest {
    private final Motion motion = Motion.parse("This house would build hydroelectric dams");

    private double valence(String text) {
        return ClauseValence.of(MainClause.words(text), motion);
    }

    @Test
    void theTargetsOwnNameIsNoJudgementOfIt() {
        Motion scrap = Motion.parse("Fines for taking children on term-time holidays should be scrapped");
        // "fines" would otherwise read as "fine", a good word
        assertThat(ClauseValence.of(MainClause.words("The fines should go."), scrap)).isZero();
        assertThat(new PolarityReader().read("The fines should go.", scrap)).isCloseTo(0, within(1e-9));
        assertThat(ClauseValence.of(MainClause.words("The fines are unfair."), scrap)).isNegative();
    }

    @Test
    void aComparisonAfterAnyIsDeniedByANegatorFurtherBack() {
        Motion abolish = Motion.parse("Should school uniforms be abolished?");
        assertThat(ClauseValence.of(MainClause.words("Abolishing uniforms would make school cheaper."), abolish))
                .isPositive();
        assertThat(ClauseValence.of(MainClause.words("Abolishing uniforms would not make school any cheaper."),
                abolish)).isNegative();
        assertThat(valence("Onshore wind remains among the cheapest forms of new generation.")).isPositive();
    }

    @Test
    void aPriceOfNothingIsCheapNotACost() {
        Motion ban = Motion.parse("Bristol should ban petrol-powered leaf blowers.");
        assertThat(ClauseValence.of(MainClause.words("It costs almost nothing."), ban)).isPositive();
        assertThat(ClauseValence.of(MainClause.words("It would cost very little."), ban)).isPositive();
        assertThat(ClauseValence.of(MainClause.words("It would cost a little more."), ban)).isNotPositive();
        assertThat(ClauseValence.of(MainClause.words("It costs a fortune."), ban)).isNegative();
        // a price not paid is no cheapness: "tourists pay nothing towards upkeep" argues for a charge
        assertThat(ClauseValence.of(MainClause.words("Tourists pay nothing towards upkeep."), ban)).isNotPositive();
    }

    @Test
    void aHandIsNoHelpInArgument() {
        // VADER rates "hand" 2.2 (a helping hand); in argument it is a side or a giving
        assertThat(valence("On the other hand, the dams would hand the contract to a foreign firm.")).isZero();
    }

    @Test
    void likeAsAPrepositionIsNoLiking() {
        // VADER rates "like" 1.5, the verb; in argument it is mostly the preposition
        assertThat(valence("Countries like Norway built dams decades ago.")).isZero();
        assertThat(valence("Close shops like mine and where do you think they go?")).isZero();
        assertThat(valence("People like me need the dams' power.")).isZero();
        assertThat(valence("They like the dams.")).isPositive();
        assertThat(valence("We'd like more dams.")).isPositive();
    }

    @Test
    void howMuchIsNoJudgement() {
        // VADER rates "best" 3.2 and "great" 3.1; "the best part of" and "a great deal of" say how much
        assertThat(valence("I ran the dams for the best part of two decades.")).isZero();
        assertThat(valence("The dams hold a great deal of water.")).isZero();
        assertThat(valence("The dams are the best option and a great idea.")).isPositive();
        assertThat(valence("The dams are a good deal for residents.")).isPositive();
    }

    @Test
    void whatIsHopedForJudgesNotTheHoping() {
        assertThat(valence("I hope councillors will think again.")).isNegative();
        assertThat(valence("There is real hope in the valley.")).isPositive();
    }

    @Test
    void praiseOfANotionUndoneAfterItIsGranted() {
        assertThat(valence("A dam is a nice idea we cannot afford.")).isLessThanOrEqualTo(0);
        assertThat(valence("A dam is a nice idea.")).isPositive();
        assertThat(valence("A dam is a nice idea, but the valley floods.")).isLessThanOrEqualTo(0);
        assertThat(valence("A dam is a good idea that will reduce flooding.")).isPositive();
    }

    @Test
    void theMotionsWordsForWhomItActsAreNoJudgement() {
        Motion lessons = Motion.parse("The government should fund free catch-up swimming lessons for every child who "
                + "leaves primary school unable to swim.");
        String call = "The Safer Waters Trust is calling on the government to fund free catch-up swimming lessons for "
                + "every child who leaves primary school unable to swim 25 metres unaided.";
        // "unable" had read as a judgement of the act: the call for it read against it
        assertThat(new PolarityReader().read(call, lessons)).isPositive();
        // a verb acting on them still judges: "reduce poverty" is good
        Motion meals = Motion.parse("The government should provide free school meals for children in poverty");
        assertThat(ClauseValence.of(MainClause.words("Free meals reduce poverty."), meals)).isPositive();
    }

    @Test
    void whatAnEffectVerbActsOnTakesItsDirection() {
        assertThat(valence("The scheme reduces crime.")).isPositive();
        assertThat(valence("The scheme restricts the freedom of expression.")).isNegative();
        assertThat(valence("The scheme does not restrict the freedom of expression.")).isPositive();
        assertThat(valence("The scheme improves safety.")).isPositive();
        assertThat(valence("The scheme reduces harm to patients.")).isPositive();
        assertThat(valence("The scheme prevents damage to homes.")).isPositive();
        assertThat(valence("The scheme protects children from abuse.")).isPositive();
        assertThat(valence("Training removes that fear.")).isPositive();
        assertThat(valence("The payment eases the burden on poor families.")).isPositive();
    }

    @Test
    void aSubjectThatDeniesTurnsTheWholeClause() {
        assertThat(valence("Nobody has ever been taxed into loving lentils.")).isNegative();
        assertThat(valence("But no one will be better off.")).isNegative();
        assertThat(valence("Everybody has been taxed into loving lentils.")).isPositive();
    }

    @Test
    void lessAndFewerTurnTheWordAfterThem() {
        assertThat(valence("The dams would make rivers less safe.")).isNegative();
        assertThat(valence("The dams would make rivers safe.")).isPositive();
        assertThat(valence("Pupils were less likely to skip classes.")).isPositive();
        assertThat(valence("The dams would make rivers no less safe.")).isPositive();
    }

    @Test
    void farFromDeniesTheWordAfterIt() {
        assertThat(valence("The results of the dams are conclusive.")).isPositive();
        assertThat(valence("The results of the dams are far from conclusive.")).isNegative();
        assertThat(valence("The results of the dams are not far from conclusive.")).isPositive();
    }

    @Test
    void aPointHardToSetAsideIsAffirmed() {
        // what is affirmed keeps its own valence, undimmed by "hard" and "dismiss"
        assertThat(valence("Its gains in cleaner air are hard to dismiss.")).isPositive();
        assertThat(valence("The risks of the dams are hard to ignore.")).isNegative();
        assertThat(valence("The harms are hard to overstate.")).isNegative();
        // difficulty alone affirms nothing
        assertThat(valence("The dams are hard to build.")).isNegative();
    }

    @Test
    void cuttingSomethingOtherThanTheTargetIsAnEffect() {
        assertThat(valence("The dams would cut crime by a third.")).isPositive();
        assertThat(valence("The dams would cut jobs in the valley.")).isNegative();
        // a cut named, not done: what it would do is judged as it is
        assertThat(valence("The cuts would harm people.")).isNegative();
    }

    @Test
    void whatFallsIsLessened() {
        assertThat(valence("Asthma attacks among young children fell by nearly half.")).isPositive();
        assertThat(valence("The benefits can fade over time.")).isNegative();
        assertThat(valence("Asthma attacks did not fall.")).isNegative();
    }

    @Test
    void whatCannotBeHadIsDeniedToTheEndOfTheClause() {
        assertThat(valence("They cannot plan a budget, sign a tenancy with any confidence or afford a school trip."))
                .isNegative();
        // a bad thing out of reach, or a clause of its own after the inability, keeps its own sign
        assertThat(valence("Families who cannot pay are left with debt and misery.")).isNegative();
        assertThat(valence("Some cannot come, but the rest enjoy a wonderful day.")).isPositive();
    }

    @Test
    void givingUpAGoodThingIsBad() {
        assertThat(valence("The scheme would throw that benefit away.")).isNegative();
        assertThat(valence("The scheme squanders the gains of a decade.")).isNegative();
        assertThat(valence("Voters throw their support behind a successful scheme.")).isPositive();
    }

    @Test
    void anEffectVerbKeepsItsOwnValenceWhenWhatItActsOnHasNone() {
        assertThat(valence("The scheme harms children.")).isNegative();
        assertThat(valence("The scheme erodes the institutions of the state.")).isNegative();
        assertThat(valence("The scheme improves the lives of farmers.")).isPositive();
    }

    @Test
    void forGoodMeansForEverUnlessAReasonFollows() {
        assertThat(valence("The dams would be switched off for good.")).isZero();
        assertThat(valence("The dams were opposed for good reason.")).isPositive();
        assertThat(valence("The dams would be a force for good in the valley.")).isPositive();
        assertThat(valence("The money would pay for good engineers.")).isPositive();
    }

    @Test
    void easyToGetRoundIsAWeaknessAndHardToGetRoundIsNot() {
        assertThat(valence("The dams would also be easy to remove or obscure.")).isNegative();
        assertThat(valence("The dams would not be easy to evade.")).isPositive();
        assertThat(valence("The dams would be easy to build.")).isPositive();
        assertThat(valence("Floods would be easy to avoid with the dams.")).isPositive();
        // a price paid dearly, not affection held dearly
        assertThat(valence("The dams would cost the valley dearly.")).isNegative();
        assertThat(valence("Residents hold the valley dearly.")).isPositive();
    }
}
