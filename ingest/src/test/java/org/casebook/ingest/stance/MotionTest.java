package org.casebook.ingest.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MotionTest {
    @Test
    void readsTheActionAndTargetOfAPolicyMotion() {
        Motion motion = Motion.parse("The United States should cut its foreign aid to El Salvador, Guatemala and Honduras.");
        assertThat(motion.direction()).isEqualTo(-1);
        assertThat(motion.action()).isEqualTo("cut");
        assertThat(motion.target()).containsExactly("foreign", "aid");
        assertThat(motion.complement()).contains("el", "salvador", "honduras").doesNotContain("united", "states");
    }

    @Test
    void loweringTheAgeOfSomethingExtendsIt() {
        Motion votes = Motion.parse("This house would lower the voting age to 16");
        assertThat(votes.target()).containsExactly("voting");
        assertThat(votes.direction()).isEqualTo(1);
        assertThat(votes.complement()).containsExactly("16");
        assertThat(votes.movesAnAge()).isTrue();
        assertThat(votes.action()).isEqualTo("extend");
        assertThat(votes.actSign()).isEqualTo(1);
        // the passive and the question say the same
        assertThat(Motion.parse("The voting age should be lowered to 16").target()).containsExactly("voting");
        assertThat(Motion.parse("Should the voting age be lowered to 16?").direction()).isEqualTo(1);
        assertThat(Motion.parse("The drinking age should be raised to 21").direction()).isEqualTo(-1);
        Motion notLower = Motion.parse("This house would not lower the voting age");
        assertThat(notLower.direction()).isEqualTo(-1);
        assertThat(notLower.actSign()).isEqualTo(-1);
        Motion drinking = Motion.parse("Should we raise the drinking age to 21?");
        assertThat(drinking.target()).containsExactly("drinking");
        assertThat(drinking.direction()).isEqualTo(-1);
        assertThat(drinking.action()).isEqualTo("restrict");
        assertThat(drinking.actSign()).isEqualTo(1);
        // an age at which something stops: raising it extends what comes before, the target stays the age
        Motion school = Motion.parse("This house supports raising the school leaving age to 18");
        assertThat(school.target()).containsExactly("school", "leaving", "age");
        assertThat(school.direction()).isEqualTo(1);
        assertThat(school.movesAnAge()).isFalse();
        // an age that names no activity is the target as written
        Motion minimum = Motion.parse("This house would raise the minimum age for social media");
        assertThat(minimum.movesAnAge()).isFalse();
        assertThat(minimum.target()).contains("minimum", "age");
        // nor one the motion's verb does not move
        assertThat(Motion.parse("This house would increase funding for the working age population").movesAnAge())
                .isFalse();
        assertThat(Motion.parse("This house would increase support for people of voting age").movesAnAge())
                .isFalse();
    }

    @Test
    void removingSomethingLowersIt() {
        Motion remove = Motion.parse("This house believes that supermarkets should remove self-service checkouts.");
        assertThat(remove.action()).isEqualTo("remove");
        assertThat(remove.direction()).isEqualTo(-1);
    }

    @Test
    void aBanFromDoingSomethingLowersTheDoingNotThoseBanned() {
        Motion jobs = Motion.parse("MPs should be banned from holding second jobs");
        assertThat(jobs.target()).containsExactly("second", "jobs");
        assertThat(jobs.complement()).containsExactly("mps");
        assertThat(jobs.action()).isEqualTo("banned");
        assertThat(jobs.direction()).isEqualTo(-1);
        assertThat(Motion.parse("Children should not be banned from using social media").direction()).isEqualTo(1);
        // what follows a preposition says when or where: the doing is what is banned
        assertThat(Motion.parse("Drink-drivers should be banned from driving for life").target())
                .containsExactly("driving");
        // a place after "from" is where the ban holds: the subject stays what is banned
        assertThat(Motion.parse("Private cars should be banned from the roads outside schools").target())
                .contains("cars");
    }

    @Test
    void anInstrumentsModifierAloneNamesWhatItWorksOnNotTheInstrument() {
        Motion meters = Motion.parse("Water meters should be made compulsory for every home in England");
        assertThat(meters.isTarget("meters")).isTrue();
        assertThat(meters.isTarget("water")).isFalse();
        Motion rents = Motion.parse("The government should introduce rent controls");
        assertThat(rents.isTarget("rents")).isFalse();
        assertThat(Motion.parse("The government should support deposit return schemes").isTarget("deposit"))
                .isFalse();
        // a thing's modifier still names the thing: "nuclear" for nuclear power stations
        assertThat(Motion.parse("Should we build new nuclear power stations?").isTarget("nuclear")).isTrue();
    }

    @Test
    void aMotionThatAsksAnotherBodyToActIsAboutThatAct() {
        Motion asked = Motion.parse("The council should ask the government to fluoridate the public water supply.");
        assertThat(asked.action()).isEqualTo("fluoridate");
        assertThat(asked.target()).contains("water").doesNotContain("government");
        assertThat(asked.text()).startsWith("The council should ask");
        assertThat(Motion.parse("This house would urge ministers to ban greyhound racing.").action())
                .isEqualTo("ban");
        assertThat(Motion.parse("The council should ask whether the library can stay open.").action())
                .isNotEqualTo("stay");
        // what is asked not to be done is not the act, nor is a body asked for something to be done to it
        assertThat(Motion.parse("This house would urge the government not to renew Trident.").action())
                .isNotEqualTo("renew");
        assertThat(Motion.parse("The council should ask for the library to be kept open.").target())
                .contains("library");
    }

    @Test
    void whatAMotionStopsGivingIsItsTarget() {
        Motion licences = Motion.parse("The council should stop granting new late-night alcohol licences in the Old "
                + "Town.");
        assertThat(licences.target()).contains("licences").doesNotContain("granting");
        assertThat(licences.direction()).isEqualTo(-1);
        // a gerund that gives nothing is still what the act stops
        assertThat(Motion.parse("The US should stop funding Central American governments.").target())
                .containsExactly("funding");
    }

    @Test
    void anActivitysModifierAloneNamesWhatItIsDoneToNotTheActivity() {
        Motion racing = Motion.parse("Greyhound racing should be banned in Britain.");
        assertThat(racing.isTarget("racing")).isTrue();
        assertThat(racing.isTarget("greyhounds")).isFalse();
        // a building is a thing, not an activity
        assertThat(Motion.parse("Should the council demolish the old library building?").isTarget("library")).isTrue();
        // a head that names a thing leaves its modifier the target's: "ring" for a ring road
        assertThat(Motion.parse("Should the town build a new ring road?").isTarget("ring")).isTrue();
    }

    @Test
    void anInstrumentTheVerbMovesIsTheTargetButNotOneBroughtIn() {
        Motion lower = Motion.parse("The government should lower the drink-drive limit in England and Wales.");
        assertThat(lower.target()).containsExactly("drink-drive", "limit");
        Motion bring = Motion.parse("The government should introduce a default 20mph speed limit on residential "
                + "roads.");
        assertThat(bring.target()).doesNotContain("limit");
    }

    @Test
    void aHyphenatedCompoundNamesWhatItsLastPartNames() {
        Motion remove = Motion.parse("Supermarkets should remove self-service checkouts");
        assertThat(remove.isTarget("self-checkout")).isTrue();
        assertThat(remove.isTarget("self-checkouts")).isTrue();
        Motion tax = Motion.parse("This house would introduce a wealth tax");
        assertThat(tax.isTarget("property-wealth")).isTrue();
        assertThat(tax.isTarget("anti-wealth")).isFalse();
        assertThat(tax.isTarget("well-off")).isFalse();
        Motion smoking = Motion.parse("This house would ban smoking in parks");
        assertThat(smoking.isTarget("passive-smoking")).isTrue();
        assertThat(smoking.isTarget("stop-smoking")).isFalse();
        // a one-letter prefix makes a kind of its head: "boards" for "A-boards"
        Motion boards = Motion.parse("The council should ban A-boards from the town centre's pavements.");
        assertThat(boards.isTarget("boards")).isTrue();
        assertThat(boards.isTarget("board")).isTrue();
        assertThat(boards.isTarget("cupboards")).isFalse();
        // a letter that grades its head makes no kind of it
        Motion levels = Motion.parse("The government should scrap A-levels.");
        assertThat(levels.isTarget("levels")).isFalse();
    }

    @Test
    void aDecreaseTheMotionBringsInIsItsAct() {
        Motion ban = Motion.parse("This house would introduce a ban on junk food advertising");
        assertThat(ban.action()).isEqualTo("ban");
        assertThat(ban.direction()).isEqualTo(-1);
        assertThat(ban.target()).containsExactly("junk", "food", "advertising");
        Motion tax = Motion.parse("This house would introduce a tax on sugary drinks");
        assertThat(tax.action()).isEqualTo("tax");
        assertThat(tax.direction()).isEqualTo(-1);
        assertThat(tax.target()).containsExactly("sugary", "drinks");
        // the thing taxed may stand before the tax; a negated motion keeps the target
        assertThat(Motion.parse("This house would introduce a carbon tax").target()).containsExactly("carbon");
        assertThat(Motion.parse("This house would not introduce a ban on smoking in cars").direction()).isEqualTo(1);
        // a question on a negative auxiliary asks for the ban, as "Shouldn't alcohol be forbidden" does
        assertThat(Motion.parse("Shouldn't we introduce a ban on smoking in cars?").direction()).isEqualTo(-1);
        Motion forSchools = Motion.parse("This house would introduce a sugar tax for schools");
        assertThat(forSchools.target()).containsExactly("sugar");
        assertThat(forSchools.complement()).containsExactly("schools");
        // what is brought in and lowers nothing stays the target
        assertThat(Motion.parse("This house would introduce a curfew for children").target()).containsExactly("curfew");
    }

    @Test
    void aPassiveMotionsParticipleIsItsAct() {
        // as in the question "Should fireworks be banned?", so that "the ban" in an argument is the act
        Motion banned = Motion.parse("Private fireworks should be banned in residential areas");
        assertThat(banned.action()).isEqualTo("banned");
        assertThat(banned.direction()).isEqualTo(-1);
        assertThat(banned.target()).containsExactly("private", "fireworks");
        assertThat(banned.isAction("ban")).isTrue();
        Motion kept = Motion.parse("Overseas aid should not be cut");
        assertThat(kept.action()).isEqualTo("cut");
        assertThat(kept.direction()).isEqualTo(1);
        // a judgement names no act
        assertThat(Motion.parse("Holocaust denial should be a criminal offence").action()).isEmpty();
        assertThat(Motion.parse("Voting should be a civic duty").charges()).isFalse();
        // a gerund subject is what is judged, the rest what it acts on
        Motion testing = Motion.parse("Testing cosmetics on animals should be prohibited");
        assertThat(testing.target()).containsExactly("testing");
        assertThat(testing.complement()).containsExactly("cosmetics", "animals");
    }

    @Test
    void theHousesAttitudeToATrendIsItsAttitudeToWhatTheTrendIsTowards() {
        Motion ubi = Motion.parse("This house regrets the growing support for universal basic income");
        assertThat(ubi.direction()).isEqualTo(-1);
        assertThat(ubi.target()).containsExactly("universal", "basic", "income");
        assertThat(ubi.action()).isEmpty();
        assertThat(Motion.parse("This house welcomes the spread of renewable energy").target())
                .containsExactly("renewable", "energy");
        // an act the house supports stays the act
        assertThat(Motion.parse("This house supports raising the school leaving age to 18").action())
                .isEqualTo("raising");
    }

    @Test
    void readsQuestionsAndNegatedMotions() {
        assertThat(Motion.parse("Should children be allowed to own mobile phones?").direction()).isEqualTo(1);
        assertThat(Motion.parse("This house would not ban smoking in parks").direction()).isEqualTo(1);
        assertThat(Motion.parse("This house would ban smoking in parks").direction()).isEqualTo(-1);
        // a question opening on a negative auxiliary asks for a yes; without a subject it is a plain negation
        assertThat(Motion.parse("Shouldn't alcohol be forbidden").direction()).isEqualTo(-1);
        assertThat(Motion.parse("Shouldn't encourage advance consumption").direction()).isEqualTo(-1);
        assertThat(Motion.parse("Shouldn't we encourage saving?").direction()).isEqualTo(1);
        assertThat(Motion.parse("Don't ever ban smoking in parks").direction()).isEqualTo(1);
        assertThat(Motion.parse("Should we abandon the one-child policy").direction()).isEqualTo(-1);
    }

    @Test
    void aDutyLaidOnSomeoneIsTheCompulsionOfWhatTheyMustDo() {
        Motion donate = Motion.parse("Supermarkets should be legally required to donate their unsold food to charity");
        assertThat(donate.target()).containsExactly("donate", "unsold", "food");
        assertThat(donate.complement()).containsExactly("charity");
        assertThat(donate.compels()).isTrue();
        assertThat(donate.direction()).isEqualTo(1);
        assertThat(Motion.parse("This house would require voters to show ID").target()).containsExactly("show", "id");
        // who is bound, named after "for": "make it compulsory for food businesses in England to display ..."
        Motion display = Motion.parse("The government should make it compulsory for food businesses in England to "
                + "display their food hygiene ratings.");
        assertThat(display.target()).containsExactly("display", "food", "hygiene", "ratings");
        assertThat(display.compels()).isTrue();
        assertThat(display.direction()).isEqualTo(1);
        assertThat(Motion.parse("Parents should not be forced to vaccinate their children").direction()).isEqualTo(-1);
        // refused without it: the helmet is what is required
        Motion helmet = Motion.parse("Cyclists should not be allowed to ride on public roads without a helmet");
        assertThat(helmet.target()).containsExactly("helmet");
        assertThat(helmet.direction()).isEqualTo(1);
        assertThat(helmet.compels()).isTrue();
        // a duty named in what an act acts on is not the motion's
        assertThat(Motion.parse("This house would ban contracts that force workers to be on call").action())
                .isEqualTo("ban");
        // a plain permission stays the act of allowing
        assertThat(Motion.parse("Teenagers should be allowed to vote").action()).isEqualTo("allowed");
    }

    @Test
    void whatAPermissionLetsSomeoneDoIsItsTargetAndWhoIsLetWhomItIsFor() {
        Motion museums = Motion.parse("The government should allow national museums in England to charge adults for "
                + "entry.");
        assertThat(museums.target()).contains("charge").doesNotContain("museums");
        assertThat(museums.complement()).contains("museums");
        assertThat(museums.direction()).isEqualTo(1);
        Motion teenagers = Motion.parse("Teenagers should be allowed to vote");
        assertThat(teenagers.target()).containsExactly("vote");
        assertThat(teenagers.complement()).containsExactly("teenagers");
        // "to" before a name is a preposition, and who is let do it stands after any opening phrase
        assertThat(Motion.parse("Should the UK allow visa-free travel to EU citizens?").target())
                .doesNotContain("eu", "citizens");
        assertThat(Motion.parse("In the interest of fairness, prisoners should be allowed to vote").complement())
                .containsExactly("prisoners");
    }

    @Test
    void aChargeOnPeopleForWhatTheyDoLowersTheDoing() {
        Motion fine = Motion.parse("Should we fine patients who miss GP appointments?");
        assertThat(fine.target()).containsExactly("miss", "gp", "appointments");
        assertThat(fine.direction()).isEqualTo(-1);
        assertThat(fine.charges()).isTrue();
        Motion fined = Motion.parse("Should patients be fined for missing GP appointments?");
        assertThat(fined.target()).containsExactly("missing", "gp", "appointments");
        assertThat(fined.direction()).isEqualTo(-1);
        Motion notCharged = Motion.parse("Patients should not be charged for missed appointments");
        assertThat(notCharged.target()).containsExactly("missed", "appointments");
        assertThat(notCharged.direction()).isEqualTo(1);
        assertThat(notCharged.actSign()).isEqualTo(-1);
        assertThat(Motion.parse("This house would tax companies that pollute").target()).containsExactly("pollute");
        // charged for doing something: the charge is the act, whatever verb the doing names; plain use names nothing
        Motion courts = Motion.parse("The council should charge residents for using its public park tennis courts");
        assertThat(courts.action()).isEqualTo("charge");
        assertThat(courts.target()).containsExactly("public", "park", "tennis", "courts");
        assertThat(courts.direction()).isEqualTo(-1);
        Motion notCharging = Motion.parse("The council should not charge residents for using its tennis courts");
        assertThat(notCharging.action()).isEqualTo("charge");
        assertThat(notCharging.direction()).isEqualTo(1);
        Motion pigeons = Motion.parse("The council should fine people for feeding pigeons");
        assertThat(pigeons.target()).containsExactly("feeding");
        assertThat(pigeons.direction()).isEqualTo(-1);
    }

    @Test
    void anOffenceThatCarriesAChargeHasTheChargeAsItsAct() {
        Motion fineable = Motion.parse("Phone use by pedestrians crossing roads should be made a fine-able offence");
        assertThat(fineable.action()).isEqualTo("fine");
        assertThat(fineable.charges()).isTrue();
        assertThat(fineable.direction()).isEqualTo(-1);
        assertThat(Motion.parse("Holocaust denial should be a criminal offence").action()).isEmpty();
        assertThat(Motion.parse("Voting should be a civic duty").charges()).isFalse();
    }

    @Test
    void aQuestionInThePassiveActsOnItsSubjectNotOnWhereItActs() {
        Motion cars = Motion.parse("Should private cars be banned from the roads outside schools at drop-off times?");
        assertThat(cars.target()).containsExactly("private", "cars");
        assertThat(cars.action()).isEqualTo("banned");
        assertThat(cars.direction()).isEqualTo(-1);
        Motion kept = Motion.parse("Should libraries be closed on Sundays?");
        assertThat(kept.target()).containsExactly("libraries");
        assertThat(kept.direction()).isEqualTo(-1);
        // "up to age 16" bounds whom a compulsion binds; it is not what the compulsion asks
        assertThat(Motion.parse("This house would make cooking lessons compulsory for all pupils up to age 16")
                .target()).contains("cooking").doesNotContain("age");
        Motion notBanned = Motion.parse("Should cars not be banned from city centres?");
        assertThat(notBanned.target()).containsExactly("cars");
        assertThat(notBanned.direction()).isEqualTo(1);
        // a permission is about what is permitted
        assertThat(Motion.parse("Should children be allowed to own mobile phones?").target())
                .doesNotContain("children");
    }

    @Test
    void aQuestionWithoutAnActJudgesItsSubjectByThePredicate() {
        Motion compulsory = Motion.parse("Should physical education be compulsory?");
        assertThat(compulsory.target()).containsExactly("physical", "education");
        assertThat(compulsory.action()).isEmpty();
        assertThat(compulsory.direction()).isEqualTo(1);
        assertThat(Motion.parse("Should abortion be prohibited?").action()).isEqualTo("prohibited");
        assertThat(Motion.parse("Is it time to abolish the monarchy?").action()).isEqualTo("abolish");
        assertThat(Motion.parse("This house outlaws apps that give children loot boxes").action())
                .isEqualTo("outlaws");
        assertThat(Motion.parse("Should we sympathize with and help professional false disabled beggars").action())
                .isEqualTo("sympathize");
        Motion abolish = Motion.parse("Should the death penalty be abolished?");
        assertThat(abolish.action()).isEqualTo("abolished");
        assertThat(abolish.target()).containsExactly("death", "penalty");
        assertThat(Motion.parse("Should we ban smoking where children may be present?").action()).isEqualTo("ban");
        Motion threat = Motion.parse("Is social poverty the main cause of crime?");
        assertThat(threat.target()).containsExactly("social", "poverty");
        assertThat(threat.direction()).isEqualTo(-1);
        assertThat(Motion.parse("Is the advertisement harmful?").target()).containsExactly("advertisement");
    }

    @Test
    void aPurposeClauseIsNotTheAct() {
        Motion motion = Motion.parse("Governments should choose open source software in order to encourage its use");
        assertThat(motion.action()).isEqualTo("choose");
        assertThat(motion.target()).containsExactly("open", "source", "software");
        assertThat(Motion.parse("Governments should, in order to cut emissions, tax carbon").action()).isEqualTo("tax");
    }

    @Test
    void readsTheHousesAttitudeWhenNoActIsNamed() {
        Motion regret = Motion.parse("This house regrets US aid to Central America");
        assertThat(regret.direction()).isEqualTo(-1);
        assertThat(regret.target()).containsExactly("aid");
        assertThat(regret.complement()).containsExactly("central", "america");
        assertThat(Motion.parse("This house supports US aid to Central America").direction()).isEqualTo(1);
        assertThat(Motion.parse("This house supports raising the school leaving age to 18").action())
                .isEqualTo("raising");
    }

    @Test
    void aGerundObjectIsWhatTheActStopsAndTheRestWhomItIsFor() {
        Motion motion = Motion.parse("This house would stop funding Central American governments.");
        assertThat(motion.target()).containsExactly("funding");
        assertThat(motion.complement()).contains("central", "american", "governments");
    }

    @Test
    void aNegatedMotionKeepsItsVerbsSense() {
        Motion motion = Motion.parse("The United States should not cut its aid to Central America.");
        assertThat(motion.direction()).isEqualTo(1);
        assertThat(motion.actionLowers()).isTrue();
        assertThat(motion.actSign()).isEqualTo(-1);
    }

    @Test
    void readsTheSubjectAndToneOfAJudgement() {
        Motion motion = Motion.parse("This house believes that advertising is harmful");
        assertThat(motion.direction()).isEqualTo(-1);
        assertThat(motion.target()).containsExactly("advertising");
    }

    @Test
    void readsRightsAndWhatSomethingShouldBe() {
        Motion rights = Motion.parse("This house believes all nations have a right to nuclear weapons");
        assertThat(rights.direction()).isEqualTo(1);
        assertThat(rights.target()).containsExactly("nuclear", "weapons");
        Motion offence = Motion.parse("This house believes that Holocaust denial should be a criminal offence");
        assertThat(offence.direction()).isEqualTo(-1);
        assertThat(offence.target()).containsExactly("holocaust", "denial");
    }

    @Test
    void readsTheVerbAfterAModalWhenItIsNotAKnownOne() {
        Motion motion = Motion.parse("This house would never have children");
        assertThat(motion.action()).isEqualTo("have");
        assertThat(motion.direction()).isEqualTo(-1);
        assertThat(Motion.parse("This house would disband ASEAN").direction()).isEqualTo(-1);
    }

    @Test
    void aChargeBroughtInLowersWhatItIsChargedOnAndAnotherChargeNamesIt() {
        Motion levy = Motion.parse("The government should introduce a frequent flyer levy");
        assertThat(levy.target()).containsExactly("frequent", "flyer");
        assertThat(levy.direction()).isEqualTo(-1);
        assertThat(levy.isAction("tax")).isTrue();
        Motion tax = Motion.parse("The government should introduce a tourist tax");
        assertThat(tax.isAction("levy")).isTrue();
        assertThat(new PolarityReader().read("A modest levy on visitors is fair and long overdue.", tax)).isPositive();
    }

    @Test
    void aPriceForAServiceIsBroughtInAndItsAmountNamesNothing() {
        Motion price = Motion.parse("The council should introduce a £45 annual charge for garden waste collection");
        assertThat(price.target()).containsExactly("charge");
        assertThat(price.complement()).containsExactly("garden", "waste", "collection");
        assertThat(price.direction()).isEqualTo(1);
        assertThat(new PolarityReader().read("The charge is reasonable value.", price)).isPositive();
        // a tax "for" something is still a charge that lowers what it is charged on
        assertThat(Motion.parse("This house would introduce a sugar tax for schools").direction()).isEqualTo(-1);
    }

    @Test
    void anAdjectiveAVerbIsMadeFromIsNoAct() {
        Motion trials = Motion.parse("This house would broadcast criminal trials on television.");
        assertThat(trials.action()).isEqualTo("broadcast");
        assertThat(trials.direction()).isEqualTo(1);
        // "criminal" only qualifies the trials: a crime is not what the motion is about
        assertThat(trials.target()).containsExactly("trials");
        assertThat(Motion.parse("This house would criminalise fare dodging").direction()).isEqualTo(-1);
        // a qualifier alone is kept when it is all the motion names
        assertThat(Motion.parse("This house would tax the very rich").target()).containsExactly("rich");
        assertThat(Motion.parse("This house would regulate the new").target()).containsExactly("new");
        // in every form of motion
        assertThat(Motion.parse("Police use of live facial recognition cameras should be banned.").target())
                .doesNotContain("live").contains("facial", "recognition", "cameras");
    }

    @Test
    void aVerbWithAParticleThatSwitchesOffLowersItsObject() {
        Motion lights = Motion.parse("The council should switch off residential street lights between midnight and 5am.");
        assertThat(lights.direction()).isEqualTo(-1);
        assertThat(lights.actionLowers()).isTrue();
        assertThat(lights.target()).containsExactly("street", "lights");
        assertThat(lights.complement()).contains("midnight");
        assertThat(Motion.parse("The council should switch to LED street lights").direction()).isEqualTo(1);
        assertThat(Motion.parse("Street lights should be switched off at night.").direction()).isEqualTo(-1);
    }

    @Test
    void rejectsAnEmptyMotion() {
        assertThatThrownBy(() -> Motion.parse("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void convertingSomethingIntoAnotherEndsIt() {
        Motion convert = Motion.parse("This council should convert Brackley Park Golf Course into a nature reserve");

        assertThat(convert.target()).contains("golf", "course");
        assertThat(convert.complement()).contains("nature", "reserve");
        assertThat(convert.direction()).isEqualTo(-1);
        assertThat(Motion.parse("Brackley Park Golf Course should be converted into a nature reserve").direction())
                .isEqualTo(-1);
        assertThat(Motion.parse("Coal plants should be replaced by wind farms").direction()).isEqualTo(-1);
    }

    @Test
    void aMotionThatClosesNamesItsActByAnyWordForAClosure() {
        Motion close = Motion.parse("Harlow Vale District Council should close Millbrook Lido.");

        assertThat(close.direction()).isEqualTo(-1);
        assertThat(close.isAction("shut")).isTrue();
        assertThat(close.isAction("closure")).isTrue();
        assertThat(Motion.parse("The council should ban drive-through restaurants").isAction("shut")).isFalse();
        // trade that suffers if the lido shuts is a cost of the act
        assertThat(new PolarityReader().read("Owners of cafes said that their summer trade would suffer badly if the "
                + "lido shut.", close)).isNegative();
    }

    @Test
    void sellingWhatIsOwnedEndsIt() {
        Motion sale = Motion.parse("This council would sell the Meadow Lane allotments for housing development");

        assertThat(sale.target()).contains("allotments").doesNotContain("housing");
        assertThat(sale.direction()).isEqualTo(-1);
        assertThat(sale.isAction("sale")).isTrue();
        assertThat(Motion.parse("The council should sell off its playing fields").target()).doesNotContain("off");
        assertThat(Motion.parse("The Meadow Lane allotments should be sold for housing").direction()).isEqualTo(-1);
        Motion soldOff = Motion.parse("The Meadow Lane allotments should be sold off");
        assertThat(soldOff.direction()).isEqualTo(-1);
        assertThat(soldOff.isAction("sale")).isTrue();
        // goods for sale are no disposal: selling them spreads them
        assertThat(Motion.parse("Supermarkets should sell loose fruit and vegetables").direction()).isEqualTo(1);
        assertThat(Motion.parse("Alcohol should be sold in supermarkets").direction()).isEqualTo(1);
        assertThat(Motion.parse("Pharmacies should sell the morning-after pill over the counter").direction())
                .isEqualTo(1);
        assertThat(Motion.parse("Energy drinks shouldn't be sold to children").direction()).isEqualTo(-1);
    }

    @Test
    void aWordOfHowManyIsNoPartOfTheTarget() {
        assertThat(Motion.parse("Rail operators should close most station ticket offices").target())
                .containsExactly("station", "ticket", "offices");
    }
}
