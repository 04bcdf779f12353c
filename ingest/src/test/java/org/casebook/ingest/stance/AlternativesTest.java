package org.casebook.ingest.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlternativesTest {
    private final PolarityReader reader = new PolarityReader();

    @Test
    void offeringAnotherWayArguesAgainstTheMotionsAct() {
        Motion banZoos = Motion.parse("Should zoos be banned?");
        Motion raise = Motion.parse("This house would raise the federal minimum wage to $15");

        assertThat(reader.read("A better answer is to close the worst zoos and regulate the rest.", banZoos))
                .isNegative();
        assertThat(reader.read("A better answer is a larger tax credit for poor families.", raise)).isNegative();
        assertThat(Alternatives.read("A better life awaits the animals.", banZoos)).isNull();
        // better ways said to exist
        Motion plates = Motion.parse("The government should require cyclists to display number plates.");
        assertThat(reader.read("But there are far cheaper and more effective ways to tackle the problem.", plates))
                .isNegative();
        Motion fees = Motion.parse("This house would scrap university tuition fees in England.");
        assertThat(reader.read("If we want to spend ten billion pounds on opportunity, there are far better places to "
                + "put it than into the pockets of graduates.", fees)).isNegative();
        assertThat(Alternatives.read("There are better days ahead for the animals.", banZoos)).isNull();
        assertThat(Alternatives.read("There is a cheaper option.", plates)).isNotNull();
        // a better way granted and answered, or one that names the act itself, is no other way
        assertThat(Alternatives.read("Yes, there are cheaper options, but none would protect pedestrians.", plates))
                .isNull();
    }

    @Test
    void thePowersThatExistAlreadyToBeUsedInsteadArgueAgainstTheAct() {
        Motion plates = Motion.parse("The government should require cyclists to display number plates.");
        assertThat(reader.read("Police forces could make better use of the powers they already have.", plates))
                .isNegative();
        assertThat(Alternatives.read("Police forces could make better use of the powers they already have.", plates))
                .isNotNull();
        Motion licensing = Motion.parse("The council should introduce a licensing scheme for private landlords.");
        assertThat(reader.read("Councils already have extensive powers to tackle poor housing, and they simply "
                + "don't use them.", licensing)).isNegative();
        assertThat(reader.read("The existing rules on noise would be enough if the police actually enforced them.",
                licensing)).isNegative();
        // powers that exist elsewhere are no alternative
        Motion ratios = Motion.parse("The government should introduce legally enforceable minimum nurse-to-patient "
                + "ratios on hospital wards in England.");
        assertThat(Alternatives.read("Wales and Scotland already have safe staffing laws; England does not.", ratios))
                .isNull();
        // the act itself done with existing powers, or an existing power called not enough
        assertThat(Alternatives.read("The council should use the powers it already has to introduce selective "
                + "licensing.", licensing)).isNull();
        assertThat(Alternatives.read("The existing rules cover only shared houses, and nothing short of licensing is "
                + "enough.", licensing)).isNull();
    }

    @Test
    void betterMeansAtHandArgueAgainstTheAct() {
        Motion ban = Motion.parse("Councils should ban new drive-through restaurants.");

        assertThat(reader.read("If the council wants to improve the borough's diet, it has far more direct levers, "
                + "from school food standards to the catering contracts it signs itself.", ban)).isNegative();
        assertThat(reader.read("The council should use the powers it has: insist on proper queuing space.", ban))
                .isNegative();
        assertThat(reader.read("Queues onto the highway are a design problem, and planning rules already allow "
                + "councils to demand enough stacking space on site.", ban)).isNegative();
        assertThat(Alternatives.read("The council has more drive-throughs than its neighbours.", ban)).isNull();
        // what the rules allow, or the options families have, are no other way
        assertThat(Alternatives.read("Planning rules already allow drive-throughs next to schools.", ban)).isNull();
        assertThat(Alternatives.read("Thanks to the scheme, families have better options.", ban)).isNull();
    }

    @Test
    void moneyToldAsLostToSomethingElseArguesAgainstWhatItIsSpentOn() {
        Motion close = Motion.parse("Harlow Vale District Council should close Millbrook Lido.");
        Motion arts = Motion.parse("The government should increase funding for the arts.");

        assertThat(reader.read("Mr Oakes added that every pound spent keeping the lido going was a pound not spent "
                + "on the indoor pool.", close)).isPositive();
        assertThat(reader.read("Every pound spent on the arts is a pound not spent on hospitals.", arts)).isNegative();
        // money that saves more is no loss
        Motion fluoride = Motion.parse("The council should fluoridate the public water supply.");
        assertThat(Alternatives.read("Every pound spent on fluoridation saves twelve pounds within five years.",
                fluoride)).isNull();
    }

    @Test
    void moneyBetterSpentElsewhereArguesAgainstTheAct() {
        Motion fluoride = Motion.parse("The council should fluoridate the public water supply.");
        assertThat(reader.read("The member for Riverside said earlier that the money would be better spent on "
                + "dentists.", fluoride)).isNegative();
        assertThat(Alternatives.read("The effort would be far better spent on affordability checks.", fluoride))
                .isNotNull();
        // money better spent on the act itself is the act
        assertThat(Alternatives.read("The money would be better spent on fluoridation.", fluoride)).isNull();
        assertThat(Alternatives.read("The money was well spent on dentists.", fluoride)).isNull();
        // money better spent on the target itself is the motion's own case
        Motion nurses = Motion.parse("The government should hire more nurses.");
        assertThat(Alternatives.read("The money would be better spent on nurses.", nurses)).isNull();
    }

    @Test
    void aPointTurnedIntoACaseForSomethingElseArguesAgainstTheAct() {
        Motion service = Motion.parse("This house would introduce mandatory national service");
        PolarityReader reader = new PolarityReader();
        assertThat(reader.read("But a shortage of volunteers is an argument for better pay, housing and conditions, "
                + "not for compulsion.", service)).isNegative();
        Motion optOut = Motion.parse("The government should introduce an opt-out system for organ donation");
        assertThat(reader.read("But that is an argument for doing opt-out properly, alongside investment in "
                + "hospital staff, not for doing nothing.", optOut)).isPositive();
        assertThat(Alternatives.caseFor("This is not an argument for doing opt-out, not yet.", optOut)).isNull();
    }

    @Test
    void aCaseForSomethingElseThatSetsAsideDoingNothingArguesForTheAct() {
        Motion firstAid = Motion.parse("This house would make first aid training compulsory in secondary schools");
        PolarityReader reader = new PolarityReader();
        assertThat(reader.read("But that is an argument for doing it properly, not for doing nothing.", firstAid))
                .isPositive();
        assertThat(reader.read("But that is an argument for doing it properly, not for compulsion.", firstAid))
                .isNegative();
        Motion scrap = Motion.parse("The government should scrap the TV licence fee");
        assertThat(reader.read("That is an argument for collecting the fee better, not for scrapping it.", scrap))
                .isNegative();
    }

    @Test
    void aGoalGrantedAndAnotherWayToItCalledForArguesAgainstTheAct() {
        Motion tax = Motion.parse("This house would introduce a tax on sugary drinks");

        String another = "If we want children to drink less sugar, we should teach them in school and make water "
                + "free in every public building.";
        assertThat(Alternatives.read(another, tax)).isNotNull();
        assertThat(reader.read(another, tax)).isNegative();
        // the call names the act: no other way is offered
        assertThat(Alternatives.read("If we want healthier children, we should tax sugary drinks.", tax)).isNull();
        assertThat(Alternatives.read("If we want healthier children, the tax will help.", tax)).isNull();
        // a call that names no other way, or a goal that is the act itself
        assertThat(Alternatives.read("If we are serious about obesity, we must act now.", tax)).isNull();
        assertThat(Alternatives.read("If we want healthier children, we should back the levy.", tax)).isNull();
        assertThat(Alternatives.read("If we want a sugar tax to work, we should set it high.", tax)).isNull();
    }

    @Test
    void aCallForSomethingInPlaceOfTheActArguesAgainstIt() {
        Motion dogs = Motion.parse("Dogs should be banned from the central beach between May and September");

        assertThat(Alternatives.read("The council should hire more wardens rather than introduce a blanket ban.",
                dogs)).isNotNull();
        assertThat(reader.read("The council should hire more wardens rather than introduce a blanket ban.", dogs))
                .isNegative();
        assertThat(Alternatives.read("We must enforce the fouling laws instead of banning dogs.", dogs)).isNotNull();
        // what is set aside is not the act, or the act is what is called for
        assertThat(Alternatives.read("The council should hire more wardens rather than cut the bin rounds.", dogs))
                .isNull();
        assertThat(reader.read("We should ban dogs rather than fine their owners.", dogs)).isPositive();
        assertThat(Alternatives.read("We should ban dogs all year rather than ban them only in August.", dogs))
                .isNull();
    }

    @Test
    void aDeniedBanOfWhatTheTargetIsCalledArguesAgainstTheBan() {
        Motion banZoos = Motion.parse("Should zoos be banned?");

        assertThat(reader.read("Should we really ban the places that taught us to care about wildlife?", banZoos))
                .isNegative();
    }
}
