package org.casebook.ingest.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupVoiceTest {
    private final PolarityReader reader = new PolarityReader();

    @Test
    void whatAGroupNamedForItsSideArguesTakesThatSide() {
        Motion abolish = Motion.parse("Should the death penalty be abolished?");

        assertThat(reader.read("Advocates of the death penalty argue that it deters crime.", abolish)).isNegative();
        assertThat(reader.read("Opponents of the death penalty say it is cruel.", abolish)).isPositive();
    }

    @Test
    void aSpeakerDescribedByTheirPartInTheActTakesTheirSide() {
        Motion ban = Motion.parse("Private fireworks should be banned in residential areas");
        // signed towards the target, as a group's side: for the ban is against private fireworks
        assertThat(GroupVoice.described("\"The noise is torture,\" said councillor Priya Raman, who proposed the "
                + "motion.", ban) * ban.direction()).isPositive();
        assertThat(GroupVoice.described("\"This punishes the many,\" said Gareth Mills, who led the opposition to "
                + "the motion.", ban) * ban.direction()).isNegative();
        assertThat(GroupVoice.described("\"I see dogs in terror,\" said Tom Okafor, who spoke in support of the ban.",
                ban) * ban.direction()).isPositive();
        assertThat(GroupVoice.described("\"It is overreach,\" said Jo Bell, who spoke out against the ban.", ban)
                * ban.direction()).isNegative();
        assertThat(GroupVoice.described("\"It is a fine tradition,\" said Sandra Lee, who runs a shop.", ban))
                .isZero();
        // in a speech, the one who moved or seconded the motion named by that part; not one who speaks of them
        assertThat(GroupVoice.described("The mover of the motion, Councillor Dawson, told us earlier that fireworks "
                + "frighten pets.", ban) * ban.direction()).isPositive();
        assertThat(GroupVoice.described("The seconder of the motion, Councillor Ames, said the noise is cruel.", ban)
                * ban.direction()).isPositive();
        assertThat(GroupVoice.described("\"The mover of the motion has offered no evidence at all,\" said Councillor "
                + "Hughes.", ban)).isZero();
    }

    @Test
    void aGroupsWarinessOrConcernIntroducesASpeakerAgainstTheAct() {
        Motion ban = Motion.parse("The council should ban the use of glyphosate weedkiller on its streets and parks.");
        int against = -ban.actSign() * ban.direction();
        assertThat(GroupVoice.introduced("Staff who carry out the work are also wary of the change.", ban))
                .isEqualTo(against);
        assertThat(GroupVoice.introduced("Disability campaigners have raised a different concern", ban))
                .isEqualTo(against);
        assertThat(GroupVoice.introduced("Staff who carry out the work are paid weekly.", ban)).isZero();
        // worried, but about nothing the text names as the act
        assertThat(GroupVoice.introduced("Tenants are worried.", ban)).isZero();
        // a group's reply ends the group: its verb is no lowering of what the group stands for
        Motion shops = Motion.parse("Hallam Borough Council should ban new vape shops from opening in Carlow Street.");
        assertThat(GroupVoice.introduced("Supporters of the ban reject that concern, pointing to councils such as "
                + "Gateshead.", shops)).isEqualTo(-1); // against the shops, as the ban is
    }

    @Test
    void defendersOfTheArrangementInPlaceStandAgainstChangingIt() {
        Motion scrap = Motion.parse("Should we scrap the twice-yearly clock change?");
        assertThat(reader.read("Defenders of the current system say it offers the best of both worlds.", scrap))
                .isNegative();
        Motion optOut = Motion.parse("The government should introduce an opt-out system for organ donation");
        assertThat(reader.read("Defenders of the current system say consent must be given freely.", optOut))
                .isNegative();
    }

    @Test
    void aGroupSetIntoTheSentenceArguesItsSide() {
        Motion scrap = Motion.parse("Should we scrap the twice-yearly clock change?");
        assertThat(reader.read("And the health effects of the change, critics point out, last only a few days.",
                scrap)).isNegative();
        assertThat(reader.read("The cost of the change, supporters say, is paid in lost sleep.", scrap)).isPositive();
    }

    @Test
    void backingADecreaseOfTheTargetOpposesIt() {
        Motion weapons = Motion.parse("Do all countries have the right to manufacture nuclear weapons?");
        Motion ban = Motion.parse("This house would ban smartphones in schools");

        assertThat(reader.read("Critics of nuclear disarmament say that it would undermine deterrence.", weapons))
                .isPositive();
        assertThat(reader.read("Proponents of nuclear disarmament say it would lessen the risk of war.", weapons))
                .isNegative();
        assertThat(reader.read("Supporters of the ban say it will help students focus.", ban)).isPositive();
        assertThat(reader.read("Critics of the ban warn that it goes too far.", ban)).isNegative();
    }

    @Test
    void undoingADecreaseTurnsTheSideAgain() {
        Motion ban = Motion.parse("This house would ban smartphones in schools");

        assertThat(reader.read("Supporters of lifting the ban say it never worked.", ban)).isNegative();
        assertThat(reader.read("Critics of ending the ban warn that distraction will return.", ban)).isPositive();
    }

    @Test
    void onlyTheMainClauseSpeaks() {
        Motion ban = Motion.parse("This house would ban smartphones in schools");

        assertThat(GroupVoice.read("Although critics of the ban say it goes too far, it protects students.", ban))
                .isNull();
        assertThat(GroupVoice.read("Critics of the ban say it goes too far, but they are wrong.", ban)).isNull();
    }

    @Test
    void aGroupBackingSomethingElseSaysNothingByItself() {
        Motion ban = Motion.parse("This house would ban smartphones in schools");

        assertThat(GroupVoice.read("Supporters of the mayor say the budget is balanced.", ban)).isNull();
        assertThat(GroupVoice.read("Critics of the policy warn that it goes too far.", ban)).isNull();
    }

    @Test
    void aGroupIsIntroducedWithoutAVerbOfSayingAndTheRuleIsTheMotionsAct() {
        Motion compulsory = Motion.parse("This house would make voting compulsory");
        Motion ban = Motion.parse("This house would ban smartphones in schools");

        assertThat(GroupVoice.introduced("Critics of compulsory voting see it differently.", compulsory)).isEqualTo(-1);
        assertThat(GroupVoice.introduced("Supporters of the new rule are many.", ban) * ban.direction()).isEqualTo(1);
        assertThat(GroupVoice.introduced("Voting is a civic duty.", compulsory)).isZero();
    }

    @Test
    void aPlanningApplicationIsTheActOfAMotionToApproveIt() {
        Motion approve = Motion.parse("South Wessex District Council should approve the extension of night flights "
                + "at Elmstead Airport.");

        assertThat(GroupVoice.read("Supporters of the application argue that Elmstead must compete with larger "
                + "airports.", approve)).isNotNull();
        assertThat(new PolarityReader().read("Supporters of the application argue that Elmstead must compete with "
                + "larger airports.", approve)).isPositive();
    }

    @Test
    void aCampaignNamedForTheTargetStandsUpForIt() {
        Motion close = Motion.parse("Harlow Vale District Council should close Millbrook Lido.");

        assertThat(GroupVoice.introduced("A petition organised by the Friends of Millbrook Lido has gathered more "
                + "than 12,000 signatures.", close)).isEqualTo(1);
        assertThat(GroupVoice.introduced("The Save Our Lido campaign met on Friday.", close)).isEqualTo(1);
        assertThat(GroupVoice.introduced("The Friends of Castle Park have joined the petition.", close)).isZero();
        assertThat(GroupVoice.introduced("A petition has gathered 12,000 signatures.", close)).isZero();
        // the place named in the target is not the target: "Save Harrow Ridge" stands up for the ridge
        Motion approve = Motion.parse("The council should approve the Harrow Ridge wind farm");
        assertThat(GroupVoice.introduced("Geoffrey Hartle chairs the Save Harrow Ridge campaign.", approve)).isZero();
        assertThat(GroupVoice.introduced("Fiona Marsh chairs the Friends of Harrow Ridge Wind Farm.", approve))
                .isEqualTo(1);
    }

    @Test
    void aGroupNamedOnlyByItsSideJudgesTheActTheArticleIsAbout() {
        Motion raise = Motion.parse("This house would raise the federal minimum wage to $15");
        PolarityReader reader = new PolarityReader();

        assertThat(reader.read("Supporters dismiss such estimates as guesswork.", raise)).isPositive();
        assertThat(reader.read("Others worry about the cost of enforcement.", raise)).isNegative();
        // "others" who say, argue or point out are the other side from the proposal an article sets out
        assertThat(reader.read("Others say that pay is something employers should decide.", raise)).isNegative();
        assertThat(reader.read("Others argue that the states know their own labour markets.", raise)).isNegative();
        assertThat(reader.read("Others point out that small shops run on thin margins.", raise)).isNegative();
        assertThat(GroupVoice.bare("Others see the raise as long overdue.")).isNull();
        assertThat(GroupVoice.bare("Some parents worry about it.")).isNull();
        assertThat(GroupVoice.bare("Some say it is too early to tell.")).isNull();
        // an objection told as one is to the act; a cost only when it is said to fall on the act
        assertThat(reader.read("There is also a fairness objection: the raise helps teenagers in rich homes.", raise))
                .isNegative();
        assertThat(reader.read("There is also a cost to a law that its supporters rarely mention.", raise))
                .isNegative();
        assertThat(reader.read("There are practical objections too.", raise)).isNegative();
        assertThat(GroupVoice.bare("There is a wider cost, too.")).isNull();
        assertThat(GroupVoice.bare("There are no serious objections to the plan.")).isNull();
        assertThat(GroupVoice.bare("There are strong ethical objections to paying workers so little.")).isNull();
        assertThat(GroupVoice.bare("Critics of the war say it failed.")).isNull();
        // defenders defend what there is, which the act would change
        Motion scrap = Motion.parse("The UK government should scrap the triple lock on the state pension.");
        assertThat(reader.read("Defenders say the triple lock has done what it was designed to do.", scrap))
                .isNegative();
    }

    @Test
    void opponentsOfChangeReplyingStandAgainstTheAct() {
        Motion scrap = Motion.parse("The UK government should scrap the triple lock on the state pension.");
        PolarityReader reader = new PolarityReader();
        assertThat(reader.read("Opponents of change reply that any reform would be seen as a cut.", scrap))
                .isNegative();
        assertThat(reader.read("Supporters of reform counter that the savings would be large.", scrap)).isPositive();
    }

    @Test
    void aGroupIsAlsoNamedByWhatItsMembersBackOrOppose() {
        Motion prohibit = Motion.parse("Should abortion be prohibited");
        PolarityReader reader = new PolarityReader();

        assertThat(reader.read("Those who oppose abortion often argue that a fetus has a right to life.", prohibit))
                .isPositive();
        assertThat(reader.read("Those who support the legality of abortion hold that it is a woman's right.",
                prohibit)).isNegative();
        Motion abolish = Motion.parse("This house would abolish homework");
        assertThat(GroupVoice.introduced("Teachers who backed the change say the evenings belong to families.",
                abolish) * abolish.direction()).isEqualTo(1);
        assertThat(GroupVoice.introduced("Those who fight climate change say so.", abolish)).isZero();
        assertThat(GroupVoice.introduced("Critics of Trump say the law is flawed.", abolish)).isZero();
    }

    @Test
    void aGroupsReactionToTheReportedActIntroducesWhoIsQuotedNext() {
        Motion ban = Motion.parse("This house would ban private cars from city centres");

        assertThat(GroupVoice.introduced("Health campaigners welcomed the decision.", ban) * ban.direction())
                .isEqualTo(1);
        assertThat(GroupVoice.introduced("Shopkeepers are not convinced.", ban) * ban.direction()).isEqualTo(-1);
        assertThat(GroupVoice.introduced("The advertising industry is furious.", ban) * ban.direction())
                .isEqualTo(-1);
        assertThat(GroupVoice.introduced("Supporters of the plan say the centre belongs to walkers.", ban)
                * ban.direction()).isEqualTo(1);
        // a reaction to something else, or a longer story, introduces no one
        assertThat(GroupVoice.introduced("Fans welcomed the new striker.", ban)).isZero();
        assertThat(GroupVoice.introduced("Shopkeepers are not convinced that the buses will run on time.", ban))
                .isZero();
    }

    @Test
    void aConcernVoicedAboutTheActItselfIsAgainstIt() {
        Motion ban = Motion.parse("This house would ban junk food advertising to children");
        PolarityReader reader = new PolarityReader();

        assertThat(reader.read("Some economists warn that the ban treats the symptom rather than the cause.", ban))
                .isNegative();
        assertThat(GroupVoice.bare("Doctors warn that sugar harms children.")).isNull();
        // prohibitions in general, warned of
        assertThat(reader.read("The disability charity Access Forward has warned that bans elsewhere were passed "
                + "without any assessment of their impact on disabled people.",
                Motion.parse("Councils should ban new drive-through restaurants."))).isNegative();
        assertThat(GroupVoice.bare("Doctors warn that banning sugar would help.")).isNull();
        assertThat(reader.read("Parents worry they will not be able to reach their children in an emergency.",
                Motion.parse("This house would ban smartphones in schools"))).isNegative();
    }
}
