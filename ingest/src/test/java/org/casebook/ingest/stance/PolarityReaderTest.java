package org.casebook.ingest.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolarityReaderTest {
    private final PolarityReader reader = new PolarityReader();
    private final Motion cutAid = Motion.parse("The United States should cut its foreign aid to Honduras.");

    @Test
    void aHeadlineThatNamesItsSubjectThenWhatItIsJudgesIt() {
        Motion plates = Motion.parse("The government should require cyclists to display number plates.");
        assertThat(reader.read("Number plates for cyclists: a costly answer to the wrong question", plates))
                .isNegative();
    }

    @Test
    void aClaimSaidToLackEvidenceIsDenied() {
        Motion licensing = Motion.parse("The council should introduce a licensing scheme for private landlords.");
        assertThat(reader.read("There is no evidence that licensing schemes harm tenants.", licensing)).isPositive();
        assertThat(reader.read("Licensing schemes harm tenants.", licensing)).isNegative();
        // evidence never published: the benefit claimed for the act is denied
        Motion ban = Motion.parse("Councils should ban new drive-through restaurants.");
        assertThat(reader.read("Minneapolis banned new drive-throughs in 2019, but the city has never published any "
                + "evidence that the policy cut emissions or improved health.", ban)).isNegative();
        assertThat(reader.read("The ban improved health.", ban)).isPositive();
        Motion wind = Motion.parse("The council should approve the Harrow Ridge wind farm");
        assertThat(reader.read("Studies from Scotland had found no consistent evidence that wind farms reduced "
                + "tourist spending.", wind)).isPositive();
        assertThat(reader.read("The city has never published any evidence that the ban improved health.", ban))
                .isNegative();
        assertThat(reader.frame("We should not ignore any evidence that the ban harms tenants.", ban).denied())
                .isFalse();
        assertThat(reader.read("Nor is there any evidence that the ban improved health.", ban)).isNegative();
    }

    @Test
    void aMeasureOutOfProportionOrOfLittleUseIsJudgedAgainst() {
        Motion boards = Motion.parse("The council should ban A-boards from the town centre's pavements.");
        assertThat(reader.read("The Chamber of Trade said a blanket ban was \"a sledgehammer to crack a nut\".",
                boards)).isNegative();
        // what someone uses in a clause before "if" is no use of the boards; "of little use" is no scarcity
        PolarityReader.Reading gap = reader.frame("Mr Okafor said that a minimum gap was of little use to someone "
                + "using a cane if the board stood in a different place each morning.", boards);
        assertThat(gap.frame()).isNotIn(PolarityReader.Frame.INCREASE, PolarityReader.Frame.SCARCITY);
        assertThat(reader.frame("Shops have too little space for the boards.", boards).frame())
                .isEqualTo(PolarityReader.Frame.SCARCITY);
        // "little" before the target itself is too little of it
        Motion benefit = Motion.parse("The government should increase child benefit.");
        assertThat(reader.frame("Families get little benefit for their second child.", benefit).frame())
                .isEqualTo(PolarityReader.Frame.SCARCITY);
    }

    @Test
    void aClaimWeShouldNotPretendIsDenied() {
        Motion cars = Motion.parse("The government should ban the sale of new petrol and diesel cars from 2030.");
        assertThat(reader.read("Nor should we pretend that a ban is the only lever we have.", cars)).isNegative();
        assertThat(reader.read("A ban is the only lever we have.", cars)).isPositive();
        assertThat(reader.frame("It would be dishonest to pretend that a ban costs nothing.", cars).denied()).isTrue();
        assertThat(reader.frame("We should pretend that a ban on new petrol cars would work.", cars).denied())
                .isFalse();
        assertThat(reader.frame("We must not pretend that a ban on new petrol cars would work.", cars).denied())
                .isTrue();
        // not to be assumed, doubted, or past the speaker's belief
        assertThat(reader.frame("Nor should we assume that the ban will be easy to enforce.", cars).denied()).isTrue();
        assertThat(reader.frame("We assume that the ban will be easy to enforce.", cars).denied()).isFalse();
        assertThat(reader.frame("Nor is it clear that drivers would switch to electric cars.", cars).denied())
                .isTrue();
        assertThat(reader.frame("I would be astonished if the ban cut emissions by a tenth.", cars).denied()).isTrue();
        assertThat(reader.frame("I was astonished when the ban cut emissions by a tenth.", cars).denied()).isFalse();
    }

    @Test
    void anotherWordForTheProhibitionOrThePolicyPointedBackToIsTheAct() {
        Motion stoves = Motion.parse("Wood-burning stoves should be banned in towns and cities");
        assertThat(reader.read("Let us clean up the stoves, not outlaw them.", stoves)).isNegative();
        assertThat(reader.frame("Outlawing the stoves would punish poorer households.", stoves).frame())
                .isEqualTo(PolarityReader.Frame.DECREASE);
        assertThat(reader.read("Outlawing the stoves would punish poorer households.", stoves)).isNegative();
        assertThat(reader.read("But the answer is tougher regulation, not prohibition.", stoves)).isNegative();
        assertThat(reader.read("Such a policy would punish the wrong people.", stoves)).isNegative();
        assertThat(reader.read("And a policy that turns half a town into rule-breakers will not clean the air.",
                stoves)).isNegative();
        assertThat(reader.read("This policy would protect children from toxic smoke.", stoves)).isPositive();
        assertThat(PolarityReader.standsForAct(List.of("the", "policy"), 1, stoves)).isTrue();
        assertThat(PolarityReader.standsForAct(List.of("such", "an", "unfair", "policy"), 3, stoves)).isTrue();
        assertThat(PolarityReader.standsForAct(List.of("the", "climate", "policy"), 2, stoves)).isFalse();
        // a prohibition of something else is no act of the motion's
        Motion heading = Motion.parse("Heading the ball should be banned in youth football.");
        assertThat(reader.read("Concussion rates in youth rugby are far higher, yet nobody is proposing to outlaw "
                + "the tackle.", heading)).isZero();
        // the closing echo read before a quotation's close
        Motion cameras = Motion.parse("Police use of live facial recognition cameras should be banned.");
        assertThat(reader.read("\u201cBanning it would be a blunt response to a problem that needs clear rules, not "
                + "prohibition,\u201d she said.", cameras)).isNegative();
    }

    @Test
    void judgingTheCutBadlyOpposesAMotionToCut() {
        assertThat(reader.read("Gutting these programs is not the answer.", cutAid)).isNegative();
        assertThat(reader.read("The cuts would diminish economic opportunity.", cutAid)).isNegative();
    }

    @Test
    void aReportedPositionJudgesTheTargetByItsWordsAndAQuotationMostlyByItsTone() {
        Motion dogs = Motion.parse("Dogs should be banned from the central beach");
        String said = "Complaints about dog fouling on the beach had more than doubled in three years.";
        double reported = reader.read(said, dogs, 0, PolarityReader.Source.REPORTED);
        assertThat(reported).isEqualTo(reader.read(said, dogs, 0, PolarityReader.Source.AUTHOR)).isGreaterThan(0.5);
        assertThat(reader.read(said, dogs, 0, PolarityReader.Source.QUOTED)).isPositive().isLessThan(reported / 5);
        // where the words give no sign, a reported position takes its tone's and the narration none
        String plain = "The season starts in May.";
        assertThat(reader.read(plain, dogs, -0.5, PolarityReader.Source.REPORTED)).isPositive();
        assertThat(reader.read(plain, dogs, -0.5, PolarityReader.Source.AUTHOR)).isZero();
    }

    @Test
    void whereTheMotionCompelsForcingIsTheActAndChoiceItsOpposite() {
        Motion compulsoryPe = Motion.parse("Should physical education be compulsory?");
        Motion compulsoryVoting = Motion.parse("This house would make voting compulsory");
        assertThat(reader.read("Students should not be forced to take physical education.", compulsoryPe))
                .isNegative();
        assertThat(reader.read("Schools should require every pupil to take physical education.", compulsoryPe))
                .isPositive();
        assertThat(reader.read("Physical education should be an elective.", compulsoryPe)).isNegative();
        assertThat(reader.read("Voting should stay voluntary.", compulsoryVoting)).isNegative();
        // the compulsion named after what it is laid on, carried by "make"
        assertThat(reader.read("The government should make voting compulsory for every adult.", compulsoryVoting))
                .isPositive();
        assertThat(reader.read("Making it compulsory would be a costly mistake.", compulsoryVoting)).isNegative();
        // the forcing is the act, here said to fall short
        assertThat(reader.frame("Forcing people to the polls does not make them informed.", compulsoryVoting)
                .frame()).isEqualTo(PolarityReader.Frame.ACTION);
        assertThat(reader.read("Forcing people to the polls does not make them informed.", compulsoryVoting))
                .isNegative();
        assertThat(Motion.parse("This house would abolish mandatory minimum sentences").compels()).isFalse();
    }

    @Test
    void anAsideThatDoesNotNameTheTargetDoesNotJudgeIt() {
        Motion abolish = Motion.parse("Should we abolish national tests in primary schools?");
        assertThat(reader.read("The tests are a burden, which the kindest and wisest teachers would admit.", abolish))
                .isPositive();
        assertThat(reader.read("The tests are a burden (the best teachers agree).", abolish)).isPositive();
        Motion basicIncome = Motion.parse("Should we introduce a universal basic income?");
        assertThat(reader.read("A basic income gives people security: a worker can walk away from an abusive "
                + "employer.", basicIncome)).isPositive();
        // a second reported clause that does not name the target is another judgement
        Motion dogs = Motion.parse("Dogs should be banned from the central beach");
        assertThat(reader.read("The trust said that dogs disturbed nesting birds, and that a seasonal restriction "
                + "would give the birds a better chance of breeding successfully.", dogs)).isPositive();
    }

    @Test
    void theActNamedAloneIsTheMotionsAct() {
        Motion ban = Motion.parse("Private fireworks should be banned in residential areas");
        assertThat(reader.frame("The ban could force her to let staff go.", ban).frame())
                .isEqualTo(PolarityReader.Frame.DECREASE);
        assertThat(reader.read("Supporters say the ban will protect pets.", ban)).isPositive();
        // what the people it hurts do describes them: "who use" moves nothing
        Motion barbecues = Motion.parse("The council should ban disposable barbecues in its parks");
        assertThat(reader.read("The ban would punish the many families who use barbecues responsibly.", barbecues))
                .isNegative();
        assertThat(reader.read("The ban would punish the many families who still use barbecues responsibly.",
                barbecues)).isNegative();
    }

    @Test
    void whatPeopleWhoLackTheTargetSufferArguesForIt() {
        Motion cooking = Motion.parse("This house would make cooking lessons compulsory for all pupils");
        assertThat(reader.read("Teenagers who cannot cook suffer.", cooking)).isPositive();
        assertThat(reader.read("Families who do not ever cook struggle.", cooking)).isPositive();
        assertThat(reader.read("Teenagers who cook eat healthy meals.", cooking)).isPositive();
        assertThat(reader.read("Teenagers who cook suffer.", cooking)).isNegative();
    }

    @Test
    void aSpeechTagSaysWhoNotWhatIsArgued() {
        Motion ban = Motion.parse("Private fireworks should be banned in residential areas");
        // the terror of dogs is a reason for the ban; the tag's "the ban" does not make it a judgement of the ban
        String quote = "\"Every year I see dogs that have bolted through fences in terror,\" said local vet Tom "
                + "Okafor, who spoke in support of the ban.";
        assertThat(reader.frame(quote, ban).frame()).isNotEqualTo(PolarityReader.Frame.DECREASE);
        assertThat(MainClause.text(quote)).doesNotContain("Okafor");
    }

    @Test
    void aClaimCalledUntrueArguesTheOpposite() {
        Motion space = Motion.parse("This house believes that governments should spend more on space exploration");
        assertThat(reader.read("Space exploration wastes money.", space)).isNegative();
        assertThat(reader.read("It is a myth that space exploration wastes money.", space)).isPositive();
    }

    @Test
    void aTargetCalledASmallShareIsTooLittleToActOn() {
        Motion levy = Motion.parse("Should cities introduce a levy on single-use coffee cups?");
        assertThat(reader.read("Moreover, cups are a relatively small share of total waste.", levy)).isNegative();
        assertThat(reader.frame("Cups are no small part of street litter.", levy).frame())
                .isNotEqualTo(PolarityReader.Frame.SCARCITY);
        // the target as the whole a small share is taken from says nothing of how much of it there is
        Motion zoos = Motion.parse("Should zoos be banned?");
        assertThat(reader.frame("Only a small share of the species kept in zoos are endangered.", zoos).frame())
                .isNotEqualTo(PolarityReader.Frame.SCARCITY);
    }

    @Test
    void aTargetWhoseLevelIsLowIsTooLittleOfIt() {
        Motion age = Motion.parse("Should the age of criminal responsibility in England and Wales be raised from 10 "
                + "to 14?");
        assertThat(reader.read("That is the lowest age of criminal responsibility in Western Europe.", age))
                .isPositive();
        assertThat(reader.read("The age of criminal responsibility is far too low.", age)).isPositive();
        assertThat(reader.frame("The age of criminal responsibility is not too low.", age).frame())
                .isNotEqualTo(PolarityReader.Frame.SCARCITY);
        // a level described, or something else too low because of the target, is no scarcity of it
        assertThat(reader.frame("The low age of criminal responsibility lets police intervene early.", age).frame())
                .isNotEqualTo(PolarityReader.Frame.SCARCITY);
        Motion fees = Motion.parse("This house would scrap university tuition fees in England.");
        assertThat(reader.frame("Because of fees, applications are too low.", fees).frame())
                .isNotEqualTo(PolarityReader.Frame.SCARCITY);
    }

    @Test
    void whatASpeakerSaysIsReadWithoutTheClauseThatDescribesThem() {
        Motion ban = Motion.parse("Castlebridge District Council should ban the release of balloons and sky lanterns "
                + "on council land and at council events.");
        String said = "Reverend David Okafor, who has led several memorial services where balloons were released, "
                + "said the council risked taking away a ritual that many grieving families found comforting.";
        assertThat(MainClause.reported(said)).startsWith("the council risked");
        assertThat(MainClause.reported("Councillor Ann Lee, who chairs the committee, opened the meeting.")).isNull();
        // the description named the target and its words were read as a judgement of the balloons
        assertThat(reader.read(said, ban)).isNotPositive();
    }

    @Test
    void aTargetSetAsideByNotInAContrastIsCleared() {
        Motion fees = Motion.parse("This house would scrap university tuition fees in England.");
        assertThat(reader.read("It is the cost of living, not the fee, that stops many working-class students from "
                + "applying.", fees)).isNegative();
        Motion uniforms = Motion.parse("Should school uniforms be abolished?");
        assertThat(reader.read("Poverty, not uniforms, holds children back.", uniforms)).isNegative();
        // named outside the contrast as well, the target is not set aside
        assertThat(reader.read("It is the fee, not the cost of living, that stops students from applying.", fees))
                .isPositive();
    }

    @Test
    void aClaimCalledUnclearIsDoubtedAndArguesTheOpposite() {
        Motion levy = Motion.parse("Should cities introduce a levy on single-use coffee cups?");
        String claim = "all city authorities have the power to impose a levy of this kind.";
        assertThat(reader.read("We know that " + claim, levy)).isPositive();
        assertThat(reader.read("It is not clear that " + claim, levy)).isNegative();
        assertThat(reader.read("It is doubtful whether " + claim, levy)).isNegative();
        // a burden that falls hardest on the poor, in the words of policy
        assertThat(reader.read("Anti-poverty groups have warned that the levy could be regressive.", levy))
                .isNegative();
    }

    @Test
    void theAlternativeSetAsideIsNotThePoint() {
        Motion donate = Motion.parse("Supermarkets should be legally required to donate their unsold food to charity");
        assertThat(reader.read("Parliament should require every supermarket to donate its unsold food to charities, "
                + "rather than binning it or sending it off to be turned into biogas.", donate)).isPositive();
    }

    @Test
    void aStepBackwardsIsBad() {
        Motion ban = Motion.parse("Should cities ban rental e-scooters?");
        assertThat(reader.read("But campaigners insist that a ban would be a step backwards for the city.", ban))
                .isNegative();
        assertThat(reader.read("A ban would be a real step forward for the city.", ban)).isPositive();
    }

    @Test
    void aClosingEchoThatNamesTheActDecides() {
        Motion abolish = Motion.parse("Should school uniforms be abolished?");
        assertThat(reader.read("But petty rules are a reason to reform uniform policy, not to abolish it.", abolish))
                .isNegative();
        assertThat(reader.read("Some schools sell expensive branded items, but the answer is to cap those costs, not "
                + "to scrap uniforms.", abolish)).isNegative();
        Motion scrap = Motion.parse("The government should scrap the TV licence fee.");
        assertThat(reader.read("That is an argument for modernising how the fee is collected, not for scrapping it.",
                scrap)).isNegative();
        // an echo that restates the point by its opposite still leaves the point to what came before
        assertThat(reader.read("Uniforms are a needless expense, not a help.", abolish)).isPositive();
    }

    @Test
    void aMoveJudgedByPointingBackJudgesTheActTheSentenceBeforeNames() {
        Motion cash = Motion.parse("Physical cash should be phased out.");
        String proposal = "A lobby group is urging the government to set a date for phasing out notes and coins.";
        PolarityReader.Reading judged = reader.frame("It is a bad idea, and we should say so loudly.", proposal, cash);
        assertThat(judged.frame()).isEqualTo(PolarityReader.Frame.ACTION);
        assertThat(reader.read(judged, cash, 0, PolarityReader.Source.AUTHOR, cash.actSign())).isNegative();
        // nothing named before it, or an argument judged rather than a move
        assertThat(reader.frame("It is a bad idea.", "Shoppers were asked what they thought.", cash).frame())
                .isNotEqualTo(PolarityReader.Frame.ACTION);
        assertThat(reader.frame("This is the argument I find least persuasive.", proposal, cash).frame())
                .isNotEqualTo(PolarityReader.Frame.ACTION);
        assertThat(reader.frame("That's a mistake.", proposal, cash).frame()).isEqualTo(PolarityReader.Frame.ACTION);
        // what follows is judged, not what came before; and an act undone is not the motion's act
        assertThat(reader.frame("It was a mistake to wait so long.", proposal, cash).frame())
                .isNotEqualTo(PolarityReader.Frame.ACTION);
        Motion ban = Motion.parse("The council should ban disposable barbecues in its parks");
        assertThat(reader.frame("That would be a serious mistake.", "Some councillors now want to lift the ban.", ban)
                .frame()).isNotEqualTo(PolarityReader.Frame.ACTION);
    }

    @Test
    void tooLittleOfTheTargetNamedRightBeforeItIsAReasonForMore() {
        Motion languages = Motion.parse("The government should require every pupil in England to study a modern "
                + "foreign language to GCSE.");
        assertThat(reader.read("A study put the cost to the UK of poor language skills at 3.5 per cent of GDP a year.",
                languages)).isPositive();
        // poor, but not the target: "teachers" are
        assertThat(reader.read("Poor teachers make language lessons a chore.", languages)).isNegative();
        // for a motion that lowers the target, its falling may say the need is passing as well
        Motion cars = Motion.parse("The government should ban the sale of new petrol and diesel cars from 2030.");
        assertThat(reader.frame("Falling diesel sales show that drivers have already moved on.", cars).frame())
                .isNotEqualTo(PolarityReader.Frame.SCARCITY);
    }

    @Test
    void theActSaidToFallShortIsJudgedAgainst() {
        Motion abolish = Motion.parse("Should school uniforms be abolished?");
        assertThat(reader.read("Yet abolishing uniforms would not make school any cheaper.", abolish)).isNegative();
        assertThat(reader.read("Abolishing uniforms would make school cheaper.", abolish)).isPositive();
        Motion ban = Motion.parse("This house would ban single-use plastic bags");
        assertThat(reader.read("A ban would simply mean buying plastic bin bags instead.", ban)).isNegative();
        // what the failing act leaves people doing is its failure, not a raise of the target
        Motion barbecues = Motion.parse("The council should ban disposable barbecues in its parks");
        assertThat(reader.read("A ban in parks would simply push people to use barbecues on verges instead, where "
                + "the risk could be even greater.", barbecues)).isNegative();
        assertThat(reader.read("A ban won't stop every fire.", barbecues)).isNegative();
        // the act as the subject of "is", with the failing verb in what it is said to be
        Motion cars = Motion.parse("The government should ban the sale of new petrol and diesel cars from 2030.");
        assertThat(reader.read("The 2030 petrol car ban is a deadline drivers cannot meet", cars)).isNegative();
        assertThat(reader.read("The 2030 petrol car ban is a deadline drivers can meet.", cars)).isPositive();
        // a failing verb in another clause is not the act's
        Motion phones = Motion.parse("Schools should ban mobile phones");
        assertThat(reader.read("The ban is here to stay, and pupils cannot change that.", phones)).isPositive();
        // so is an act that brings something in, named before the failing verb or as the gerund that opens the clause
        Motion languages = Motion.parse("The government should require every pupil in England to study a modern "
                + "foreign language to GCSE.");
        assertThat(reader.read("A compulsory GCSE will not work.", languages)).isNegative();
        assertThat(reader.read("Forcing every teenager to sit a language GCSE will not make Britain multilingual",
                languages)).isNegative();
        assertThat(reader.read("A compulsory GCSE will work.", languages)).isPositive();
        // only a failing verb said outright: "would simply mean" may mean a good thing
        Motion voting = Motion.parse("This house would make voting compulsory");
        assertThat(reader.read("Making voting compulsory would simply mean every voice is heard.", voting))
                .isNotNegative();
        assertThat(reader.read("A ban will stop fires.", barbecues)).isPositive();
        // "they" after the contrast is judged by what follows it, not by the fire the concession denies
        assertThat(reader.read("Not every fire is a barbecue, but they are the single biggest cause we can identify.",
                barbecues)).isCloseTo(0.0, within(1e-9));
        // the point made after a concession, in the next quoted sentence
        assertThat(reader.read("\"Admittedly, a ban won't stop every fire,\" she said. \"But it gives our staff a "
                + "clear rule to point to.\"", barbecues)).isPositive();
        // a quoted phrase is no new sentence: "still" inside it is no contrast
        assertThat(MainClause.text("Critics say the ban is \"rather heavy-handed\" and unfair to families."))
                .contains("ban");
        // only the act itself falls short: "cannot" in a reason given for refusing it is no failure of the act
        Motion legalize = Motion.parse("Should we legalize same-sex marriage?");
        assertThat(reader.read("Marriage is for procreation and should not be extended to same-sex couples because "
                + "they cannot produce children together.", legalize)).isNegative();
    }

    @Test
    void theMotionsOwnVerbActingOnSomethingElseIsNotItsAct() {
        Motion raise = Motion.parse("This house would raise the federal minimum wage to $15");
        assertThat(reader.frame("A tax credit raises the incomes of poor families.", raise).frame())
                .isEqualTo(PolarityReader.Frame.NONE);
        assertThat(reader.frame("Congress should raise it.", raise).frame()).isEqualTo(PolarityReader.Frame.INCREASE);
    }

    @Test
    void aNegatedIncreaseIsADecrease() {
        assertThat(reader.read("No more money is going there because they haven't done a thing.", cutAid)).isPositive();
    }

    @Test
    void callingForMoreOrSayingThereIsTooLittleOpposesACut() {
        assertThat(reader.read("A more rational policy would double down on aid programs.", cutAid)).isNegative();
        assertThat(reader.read("Foreign assistance to the region remains inadequate.", cutAid)).isNegative();
    }

    @Test
    void aBadWordForWhatIsCutArguesForTheCut() {
        assertThat(reader.read("The answer is to end these failed programs.", cutAid)).isPositive();
        assertThat(reader.read("Washington should stop sending money to corrupt governments.", cutAid)).isPositive();
    }

    @Test
    void aLawAgainstTheTargetIsTheActOfAMotionAgainstIt() {
        Motion criminalize = Motion.parse("This house would criminalize blasphemy");
        assertThat(reader.read("Blasphemy laws are cruel and harmful to journalists.", criminalize))
                .isNegative();
        assertThat(reader.read("The offence of blasphemy serves no useful purpose in modern law.", criminalize))
                .isNegative();
        assertThat(reader.read("Blasphemy is a vicious and hurtful attack on believers.", criminalize)).isPositive();
        assertThat(reader.read("Laws punishing blasphemy are incompatible with human rights.", criminalize))
                .isNegative();
    }

    @Test
    void controlIsWhatAMotionThatFreesItsTargetUndoes() {
        Motion freeMarket = Motion.parse("This house would unleash the free market");
        assertThat(reader.read("Government intervention in the economy is wasteful and harmful.", freeMarket))
                .isPositive();
        assertThat(reader.read("Market regulation is important for safeguarding against monopoly.", freeMarket))
                .isNegative();
        assertThat(reader.read("The elimination of central control brings prosperity.", freeMarket)).isPositive();
        Motion legalize = Motion.parse("This house would legalize cannabis");
        assertThat(reader.read("Prohibition has failed.", legalize)).isPositive();
    }

    @Test
    void aWordForTheTargetsAbsenceIsWhatLoweringItBrings() {
        Motion never = Motion.parse("This house would never have children");
        assertThat(reader.frame("Being childless is considered bizarre.", never).frame())
                .isEqualTo(PolarityReader.Frame.DECREASE);
        assertThat(reader.read("Being childless is lonely and sad.", never)).isNegative();
        Motion ban = Motion.parse("This house would ban smoking in public places");
        assertThat(reader.read("Smoke-free bars are healthier for staff.", ban)).isPositive();
    }

    @Test
    void aWordOfTheTargetsOwnNameIsNoJudgementOfIt() {
        Motion restrict = Motion.parse("It is sometimes right for the government to restrict freedom of speech");
        assertThat(reader.read("Reasonable restrictions upon free speech serve public order.", restrict)).isPositive();
        assertThat(reader.read("Freedom of expression is not absolute and can be limited.", restrict)).isPositive();
    }

    @Test
    void controlOfATargetNobodyFreesNeedsTheTargetBesideIt() {
        Motion dams = Motion.parse("This house would build hydroelectric dams");
        assertThat(reader.frame("Dam regulation is essential for safety.", dams).frame())
                .isEqualTo(PolarityReader.Frame.DECREASE);
        assertThat(reader.read("Dam regulation is essential for safety.", dams)).isNegative();
        assertThat(reader.frame("Planning policies that increase density reduce car use.", dams).frame())
                .isNotEqualTo(PolarityReader.Frame.DECREASE);
        Motion meals = Motion.parse("Should schools offer free school meals?");
        assertThat(reader.frame("Government intervention is costly.", meals).frame())
                .isNotEqualTo(PolarityReader.Frame.DECREASE);
    }

    @Test
    void whatLowersTheAgeOfTheTargetRaisesIt() {
        Motion votes = Motion.parse("This house would lower the voting age to 16");
        assertThat(reader.read("It is time to lower the voting age to 16.", votes)).isPositive();
        assertThat(reader.read("Raising the voting age would be a mistake.", votes)).isPositive();
        assertThat(reader.read("Sixteen-year-olds should be allowed to vote.", votes)).isPositive();
        Motion school = Motion.parse("This house supports raising the school leaving age to 18");
        // an age at which something stops is the target itself: raising it is the motion's increase
        assertThat(reader.frame("We should raise the school leaving age.", school).frame())
                .isEqualTo(PolarityReader.Frame.INCREASE);
    }

    @Test
    void theArrangementInPlaceIsWhatAMotionForANewOneEnds() {
        Motion optOut = Motion.parse("The government should introduce an opt-out system for organ donation");
        assertThat(reader.read("The current system places a cruel burden on grieving relatives.", optOut))
                .isPositive();
        assertThat(reader.read("The current donation system places a cruel burden on relatives.", optOut))
                .isPositive();
        assertThat(reader.read("An opt-out system places a cruel burden on grieving relatives.", optOut))
                .isNegative();
        // against bringing it in, the one in place working well is for the motion
        Motion notOptOut = Motion.parse("The government should not introduce an opt-out system for organ donation");
        assertThat(reader.read("The current system works well.", notOptOut)).isPositive();
        // a motion that brings in nothing new keeps the target in place as the target
        Motion keep = Motion.parse("This house would keep the current voting system");
        assertThat(reader.read("The current system works well.", keep)).isPositive();
        Motion moreAid = Motion.parse("This house would increase foreign aid programs");
        assertThat(reader.read("The current aid programs have failed.", moreAid)).isNegative();
        // what happens under the arrangement in place is a reason to change it
        Motion inHouse = Motion.parse("Corbridge Borough Council should bring its leisure centres back in-house.");
        assertThat(reader.read("Under the current contract, the leisure centres' lifeguards have had their pay frozen "
                + "in three of the last five years.", inHouse)).isPositive();
        assertThat(reader.read("The leisure centres' lifeguards have had their pay frozen in three of the last five "
                + "years.", inHouse)).isNegative();
        // a motion that brings nothing in keeps what is in place
        assertThat(reader.read("Under the current management, the lido has been a great success.",
                Motion.parse("Millbrook Lido should be kept open."))).isPositive();
    }

    @Test
    void theWordsOfANameJudgeNothing() {
        Motion banPhones = Motion.parse("Smartphones should be banned in secondary schools");
        // "Trust" of the name read as approving phones, against the ban
        assertThat(reader.read("A survey by the Schools Research Trust found that 71 per cent believed phones "
                + "disrupted learning.", banPhones)).isPositive();
        // a name's word elsewhere in the clause keeps its sense
        Motion cutAid = Motion.parse("The United States should cut its foreign aid to Honduras.");
        assertThat(reader.frame("Save the Children says that cutting aid will not save lives.", cutAid).valence())
                .isNegative();
    }

    @Test
    void aControlTheMotionNamesIsItsTarget() {
        Motion rentControls = Motion.parse("The government should introduce rent controls");
        assertThat(reader.frame("Rent controls have failed wherever they were tried.", rentControls).frame())
                .isEqualTo(PolarityReader.Frame.TARGET);
        assertThat(reader.read("Rent controls have failed wherever they were tried.", rentControls)).isNegative();
        Motion gunControl = Motion.parse("This house supports stricter gun control");
        assertThat(reader.read("Gun control saves lives.", gunControl)).isPositive();
        Motion banPhones = Motion.parse("Smartphones should be banned in secondary schools");
        assertThat(reader.frame("A ban on phones is long overdue.", banPhones).frame())
                .isEqualTo(PolarityReader.Frame.DECREASE);
    }

    @Test
    void theMotionsOwnVerbRaisesTheTargetOnlyWhereItActsOnIt() {
        Motion increase = Motion.parse("This house would increase US aid to Central America.");
        String quote = "Ending aid will probably make violence even worse, and it will increase the very thing "
                + "that Trump claims he is trying to stop.";
        assertThat(reader.frame(quote, increase).frame()).isEqualTo(PolarityReader.Frame.DECREASE);
        assertThat(reader.read(quote, increase)).isPositive();
        assertThat(reader.frame("We should increase it without delay.", increase).frame())
                .isEqualTo(PolarityReader.Frame.INCREASE);
    }

    @Test
    void whatAnEffectVerbActsOnTakesTheVerbsDirection() {
        Motion rightToWeapons = Motion.parse("This house believes all nations have a right to nuclear weapons");
        assertThat(reader.read("Nuclear weapons decrease the chances of war.", rightToWeapons)).isPositive();
        assertThat(reader.read("Nuclear weapons increase the chances of war.", rightToWeapons)).isNegative();
        assertThat(reader.read("Nuclear weapons do not prevent war.", rightToWeapons)).isNegative();
    }

    @Test
    void aNegatedCutKeepsTheTarget() {
        assertThat(reader.read("Congress should not cut foreign aid to the region.", cutAid)).isNegative();
    }

    @Test
    void aClosingNegatedEchoLeavesThePointToWhatCameBefore() {
        assertThat(MainClause.words("Aid to Honduras should be expanded, not slashed."))
                .containsExactly("aid", "to", "honduras", "should", "be", "expanded");
        assertThat(reader.read("Washington should give more aid to Honduras, not cut it.", cutAid)).isNegative();
        assertThat(MainClause.words("That is not only cruel, not least to children.")).contains("children");
        // a rated noun after "not a" judges what came before: "a gesture, not a solution"
        Motion ban = Motion.parse("This house believes that social media should be banned for under-16s");
        assertThat(MainClause.words("Banning teenagers from social media is a gesture, not a solution"))
                .endsWith("not", "a", "solution");
        assertThat(reader.read("Banning teenagers from social media is a gesture, not a solution", ban)).isNegative();
    }

    @Test
    void aConcessionGivesWayToTheMainClause() {
        assertThat(reader.read("Despite scattered examples of success, the strategy has largely failed.", cutAid))
                .isPositive();
        assertThat(reader.read("No matter how much good it does, this aid program has largely failed.", cutAid))
                .isPositive();
        assertThat(reader.read("Even if some money is wasted, the aid programs are working.", cutAid)).isNegative();
    }

    @Test
    void judgingTheTargetWellOpposesACut() {
        assertThat(reader.read("Some say the funding of such programs is working.", cutAid)).isNegative();
    }

    @Test
    void judgingSomeonesDecisionJudgesTheActTheMotionIsAbout() {
        assertThat(reader.read("More people could be harmed than helped by the president\u2019s decision.", cutAid))
                .isNegative();
        assertThat(reader.read("His strategy of deterrence is bound to fail.", cutAid)).isNegative();
    }

    @Test
    void misconductOfThoseTheActIsForSupportsACutAndTheirNeedOpposesIt() {
        Motion motion = Motion.parse("The United States should cut its foreign aid to El Salvador and Honduras.");
        assertThat(motion.target()).containsExactly("foreign", "aid");
        assertThat(reader.read("Honduras has become increasingly corrupt and authoritarian.", motion)).isPositive();
        assertThat(reader.read("Families from El Salvador are fleeing poverty.", motion)).isNegative();
    }

    @Test
    void theReportedPropositionCarriesTheStanceNotTheReporting() {
        assertThat(reader.read("Some critics, and even supporters, say that the cuts would harm people.", cutAid))
                .isNegative();
    }

    @Test
    void wordsWithNoBearingGiveNoSign() {
        assertThat(reader.read("The meeting took place on Tuesday.", cutAid)).isZero();
    }

    @Test
    void whatAChargeYieldsIsForItAndNoMoreOfWhatItCharges() {
        Motion wealth = Motion.parse("This house believes that the very rich should pay an annual wealth tax");
        assertThat(reader.read("Second, a wealth tax can raise serious money without touching ordinary families.",
                wealth)).isPositive();
        assertThat(reader.read("The tax would raise little revenue.", wealth)).isNegative();
        Motion levy = Motion.parse("The government should introduce a frequent flyer levy.");
        assertThat(reader.read("It would also raise serious money for faster rail links.", levy)).isPositive();
    }

    @Test
    void aCompulsionBroughtInIsTheAct() {
        Motion service = Motion.parse("This house would introduce mandatory national service");
        assertThat(service.compels()).isTrue();
        assertThat(service.isAction("mandatory")).isTrue();
        assertThat(reader.read("Voluntary schemes already do the job, and do it well.", service)).isNegative();
        assertThat(Motion.parse("This house would abolish mandatory minimum sentences").compels()).isFalse();
    }

    @Test
    void aDeniedCopulaTurnsItsSubjectWhicheverSideTheTargetStands() {
        Motion abolish = Motion.parse("Jury trials should be abolished for complex fraud cases");

        assertThat(reader.read("The problem is not the jury; it is the length of the trials.", abolish)).isNegative();
        assertThat(reader.read("The jury is not the problem.", abolish)).isNegative();
        assertThat(reader.read("The problem is the jury.", abolish)).isPositive();
    }

    @Test
    void aCallForTheMotionsActIsTheCaseWhateverItsOtherWordsSay() {
        Motion charges =
                Motion.parse("Restaurants should be banned from adding discretionary service charges to bills");
        assertThat(reader.read("Ministers should ban discretionary service charges and let us all see, at a glance, "
                + "what dinner really costs.", charges)).isPositive();
        assertThat(reader.read("That is precisely why restaurants should be banned from adding these charges to "
                + "bills, and made to include the cost of service in the prices printed on the menu.", charges))
                .isPositive();
        // a call for another act keeps what its words say of the target
        Motion wage = Motion.parse("This house would raise the federal minimum wage to $15");
        assertThat(reader.read("Congress should expand it, and leave the minimum wage to the states.", wage))
                .isNegative();
    }

    @Test
    void aCallMadeAsAMatterOfTimeIsTheCaseAndItsReasonNoJudgementOfIt() {
        Motion sunbeds = Motion.parse("The government should ban commercial sunbeds");
        // switched off for ever: "for good" praises nothing
        assertThat(reader.read("It is time to switch off the sunbeds for good", sunbeds)).isPositive();
        assertThat(reader.read("A ban is a blunt instrument.", sunbeds)).isNegative();
        // a ban for an age is still the ban, whatever follows "for"
        assertThat(reader.read("England banned sunbeds for under 18s in 2011.", sunbeds)).isPositive();
        // the call after ", and" is the point; what moved the writer to it is no judgement of the act
        assertThat(reader.read("It is one of the stranger contradictions of modern health policy, and it is time "
                + "the government ended it by banning commercial sunbeds outright.", sunbeds)).isPositive();
        // a description of a country that did it judges nothing by the harm it names
        assertThat(reader.read("Brazil banned commercial tanning beds in 2009, and Australia, a nation that knows "
                + "more about skin cancer than most, phased them out in every state by 2015.", sunbeds)).isPositive();
    }

    @Test
    void aSaleCalledAFalseEconomyOrSaidToDoNothingIsJudgedAgainst() {
        Motion farms = Motion.parse("The county council should sell off its county farms estate");
        assertThat(reader.read("Selling the county farms would be a false economy", farms)).isNegative();
        assertThat(reader.read("But a one-off sale does nothing to close a recurring gap.", farms)).isNegative();
        assertThat(reader.read("Selling the farms would do nothing to close the gap.", farms)).isNegative();
        // the act named by the gerund that opens the clause
        Motion resale = Motion.parse("Reselling concert tickets above face value should be banned.");
        assertThat(reader.read("Banning resale above face value would only drive the trade underground.", resale))
                .isNegative();
        // what is refused is not granted
        assertThat(reader.read("I do not accept that selling the farms would be a false economy.", farms))
                .isPositive();
        // the act's verb with the price it fetches acts on nothing
        assertThat(reader.read("Agricultural land in this region sells for more than 10,000 pounds an acre.", farms))
                .isCloseTo(0, within(1e-9));
        // what is granted is read, not the granting
        assertThat(reader.read("We also accept that the estate has not always been well managed.", farms))
                .isPositive();
        // a belief stated, then a call in a clause of its own: the belief is not a call for the sale
        assertThat(reader.read("I hope you will allow me space to explain why we believe the sale would be a serious "
                + "mistake, and why councillors should reject it when it comes to full council next month.", farms))
                .isNegative();
    }

    @Test
    void aMoveCalledABadIdeaAndToBeDroppedIsJudgedAgainstForWhatItCostsThoseItServes() {
        Motion offices = Motion.parse("Rail operators should close most station ticket offices");
        String proposal = "The latest proposal would see ticket windows closed at nearly 1,000 stations.";
        PolarityReader.Reading judged = reader.frame("It is a bad idea, and it should be dropped.", proposal, offices);
        // dropped in the passive is abandoned, not a measure that fell and so lessened the badness before it
        assertThat(reader.read(judged, offices, 0, PolarityReader.Source.AUTHOR, offices.actSign())).isNegative();
        assertThat(reader.read("Closing ticket offices would save pennies and cost passengers dearly", offices))
                .isNegative();
    }

    @Test
    void aSecondClauseWithASubjectOfItsOwnIsJudgedApart() {
        Motion councillors = Motion.parse("The council should cut the number of councillors from 54 to 40");
        // the praise of better support is said of casework, not of the number the second clause names
        assertThat(reader.read("Yet much of the casework we do today could be handled more efficiently through better "
                + "officer support and modern systems, and the Boundary Commission itself looks at workload before it "
                + "sets any number.", councillors)).isCloseTo(0, within(1e-9));
    }
}
