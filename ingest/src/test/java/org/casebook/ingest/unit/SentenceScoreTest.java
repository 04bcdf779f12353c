package org.casebook.ingest.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.casebook.ingest.model.Role;
import org.junit.jupiter.api.Test;

class SentenceScoreTest {

    @Test
    void aSpeakersQuotedWordsThatNameADayAreStillTestimony() {
        var quoted = SentenceScore.of("\u201cPeople came back on Monday rested,\u201d said Joe Ryle.", true, false,
                Set.of("ryle"));
        var narrated = SentenceScore.of("The minister arrived in Leeds on Monday and met the council.", false,
                false, Set.of());

        assertThat(quoted.best()).isGreaterThan(0.5);
        assertThat(narrated.best()).isLessThan(0.5);
    }

    @Test
    void aPositionArguedByAGroupDescribedInARelativeClauseIsAUnitThoughTheClauseNamesADay() {
        var argued = SentenceScore.of("Campaigners from Pesticide-Free Harbridge, who delivered the petition to the "
                + "town hall on Tuesday, argue that the chemical harms bees and other pollinators.", false, false,
                Set.of());
        var news = SentenceScore.of("Campaigners from Pesticide-Free Harbridge delivered the petition to the town "
                + "hall on Tuesday and met the leader.", false, false, Set.of());

        assertThat(argued.best()).isGreaterThan(0.5);
        assertThat(news.best()).isLessThan(0.5);
        assertThat(SentenceScore.of("Opposition councillors are also sceptical about whether the council can deliver "
                + "the scheme.", false, false, Set.of()).best()).isGreaterThan(0.5);
    }

    @Test
    void anEvaluationsEstimateIsEvidenceAndADescriptionGivenBySomeoneArgues() {
        var estimate = SentenceScore.of("An evaluation led by Public Health Scotland estimated that the policy cut "
                + "deaths by around 13 per cent, averting roughly 150 deaths a year.", false, false, Set.of());
        var described = SentenceScore.of("Free-market think tanks have described this as a windfall for "
                + "supermarkets, paid for by drinkers.", false, false, Set.of());

        assertThat(estimate.best()).isGreaterThan(0.5);
        assertThat(estimate.role()).isEqualTo(Role.EVIDENCE);
        assertThat(described.best()).isGreaterThan(0.5);
    }

    @Test
    void aConcessionOrAFirstPersonJudgementArguesHoweverPlainItsWords() {
        var granted = SentenceScore.of("Granted, the upfront expense is real.", false, false, Set.of());
        var judged = SentenceScore.of("I find this hard to take seriously.", false, false, Set.of());
        var told = SentenceScore.of("The upfront expense is real.", false, false, Set.of());

        assertThat(granted.best()).isGreaterThan(0.5);
        assertThat(judged.best()).isGreaterThan(0.5);
        assertThat(told.best()).isLessThan(0.5);
        var side = SentenceScore.of("Madam Speaker, ladies and gentlemen, I rise to oppose the motion.", false, false,
                Set.of());
        assertThat(side.best()).isGreaterThan(0.5);
        assertThat(SentenceScore.of("I commend this motion to the council.", false, false, Set.of()).best())
                .isGreaterThan(0.5);
        // a call that it is time to act, with or without "to"
        assertThat(SentenceScore.of("It is time England made food hygiene ratings compulsory to display", false, false,
                Set.of()).best()).isGreaterThan(0.5);
        assertThat(SentenceScore.of("It is time-consuming work for the inspectors", false, false, Set.of()).best())
                .isLessThan(0.5);
        // a point rejected
        assertThat(SentenceScore.of("Ms Raman rejected that claim.", false, false, Set.of()).best())
                .isGreaterThan(0.5);
        assertThat(SentenceScore.of("Ms Raman rejected the budget.", false, false, Set.of()).best())
                .isLessThan(0.5);
        // a point doubted
        assertThat(SentenceScore.of("Nor is it clear that residents read it.", false, false, Set.of()).best())
                .isGreaterThan(0.5);
        assertThat(SentenceScore.of("It is clear that residents read it.", false, false, Set.of()).best())
                .isLessThan(0.5);
        // the writer challenging a point of the other side's
        assertThat(SentenceScore.of("We also question the jobs case.", false, false, Set.of()).best())
                .isGreaterThan(0.5);
        assertThat(SentenceScore.of("Officers question the suspects in a side room.", false, false, Set.of()).best())
                .isLessThan(0.5);
        // news of a vote, and "granted" as a participle, take no stance
        assertThat(SentenceScore.of("Councillors voted 32 to 10 to back the motion.", false, false, Set.of()).best())
                .isLessThan(0.5);
        assertThat(SentenceScore.of("Granted planning permission in 2019, the site has stood empty.", false, false,
                Set.of()).best()).isLessThan(0.5);
    }

    @Test
    void aCaseAgainstNamedOrAFindingReportedIsAUnit() {
        var objection = SentenceScore.of("The principal objection to extension is its cost.", false, false, Set.of());
        var plain = SentenceScore.of("The principal part of extension is its cost.", false, false, Set.of());
        var verb = SentenceScore.of("The case concerns a planning application for the site.", false, false, Set.of());
        var finding = SentenceScore.of("Later studies of the infant scheme found small or no effects on test results, "
                + "and the pilot took place at a time when other local interventions were also under way.", false,
                false, Set.of());

        // the detector keeps a sentence at its threshold (0.5)
        assertThat(objection.best()).isGreaterThanOrEqualTo(0.5);
        assertThat(plain.best()).isLessThan(0.5);
        assertThat(verb.best()).isLessThan(0.5);
        // a risk named or a cost weighed lifts a plain sentence as an objection does
        assertThat(SentenceScore.of("Councils face a risk of losing income from visitors.", false, false, Set.of())
                .best()).isGreaterThan(SentenceScore.of("Councils face a loss of income from visitors.", false, false,
                Set.of()).best());
        assertThat(finding.best()).isGreaterThan(0.5);
        assertThat(finding.role()).isEqualTo(Role.EVIDENCE);
    }

    @Test
    void aCallToActArgues() {
        var call = SentenceScore.of("I urge councillors to ignore the howls and get on with it.", false, false,
                Set.of());
        var told = SentenceScore.of("I told councillors about the howls at the meeting.", false, false, Set.of());

        assertThat(call.best()).isGreaterThan(0.5);
        assertThat(call.role()).isEqualTo(Role.CLAIM);
        assertThat(told.best()).isLessThan(0.5);
    }

    @Test
    void aCallToTheReaderOrAPointConcededArgues() {
        for (String text : new String[] {"Let us clean up the stoves, not outlaw them.",
                "The campaigners are right about the smoke in our streets.",
                "Critics of my position have a point when they say that voluntary guidance has achieved little."}) {
            assertThat(SentenceScore.of(text, false, false, Set.of()).best()).as(text).isGreaterThan(0.5);
        }
        assertThat(SentenceScore.of("The council let us use the hall on Tuesday.", false, false, Set.of()).best())
                .isLessThan(0.5);
    }

    @Test
    void aRecommendationMadeNowArguesAndOneReportedIsNews() {
        var recommends = SentenceScore.of("This briefing recommends that secondary schools in England move their "
                + "start time to no earlier than 9:30am.", false, false, Set.of());
        var recommended = SentenceScore.of("In 2014 the academy recommended that schools move their start time "
                + "to 8:30am.", false, false, Set.of());

        assertThat(recommends.best()).isGreaterThan(0.5);
        assertThat(recommends.role()).isEqualTo(Role.CLAIM);
        assertThat(recommended.best()).isLessThan(0.5);
    }

    @Test
    void aDenialArgues() {
        var denial = SentenceScore.of("But the old five-day week is not a law of nature.", false, false, Set.of());
        var statement = SentenceScore.of("But the old five-day week is a habit of the last century.", false, false,
                Set.of());
        var asked = SentenceScore.of("But is the old five-day week not a law of nature?", false, false, Set.of());

        assertThat(denial.best()).isGreaterThan(0.5);
        assertThat(statement.best()).isLessThan(0.5);
        assertThat(asked.claim()).isLessThan(denial.claim());
    }

    @Test
    void aBareStatisticIsEvidence() {
        var statistic = SentenceScore.of("One in five children in England is obese by the time they leave primary "
                + "school.", false, false, Set.of());
        var plain = SentenceScore.of("Children in England leave primary school by the time they are eleven.", false,
                false, Set.of());

        assertThat(statistic.role()).isEqualTo(Role.EVIDENCE);
        assertThat(statistic.best()).isGreaterThan(0.5);
        assertThat(plain.best()).isLessThan(0.5);
    }

    @Test
    void aPastEventWithAMeasuredOutcomeIsEvidenceNotNarration() {
        var measured = SentenceScore.of("When a smaller German city closed its centre to traffic, footfall in some "
                + "streets fell by a fifth in the first year.", false, false, Set.of());
        var story = SentenceScore.of("When a smaller German city closed its centre to traffic, the mayor opened "
                + "the first street herself.", false, false, Set.of());

        assertThat(measured.role()).isEqualTo(Role.EVIDENCE);
        assertThat(measured.best()).isGreaterThan(0.5);
        assertThat(story.best()).isLessThan(0.5);
    }

    @Test
    void aRhetoricalQuestionArguesAndAPlainOneDoesNot() {
        var rhetorical = SentenceScore.of("Is a city built around the car really the only city we can imagine?",
                false, false, Set.of());
        var asking = SentenceScore.of("Which streets inside the old city ring does the new rule cover first?", false,
                false, Set.of());

        assertThat(rhetorical.role()).isEqualTo(Role.CLAIM);
        assertThat(rhetorical.best()).isGreaterThan(0.5);
        assertThat(asking.best()).isLessThan(0.5);
    }

    @Test
    void aRhetoricalQuestionInThePastTenseIsNoReportOfThePast() {
        var rhetorical = SentenceScore.of("Did self-checkouts really cause the decline in cashier roles, or was it "
                + "online shopping and changing habits?", false, false, Set.of());
        var asking = SentenceScore.of("Did the supermarket cut cashier roles after the machines came in last year?",
                false, false, Set.of());

        assertThat(rhetorical.role()).isEqualTo(Role.CLAIM);
        assertThat(rhetorical.best()).isGreaterThan(0.5);
        assertThat(asking.best()).isLessThan(0.5);
    }

    @Test
    void aPositionReportedAsArguedIsAClaimHoweverPlainItsWords() {
        var position = SentenceScore.of("Opponents counter that nuclear is simply too slow to build in time.", false,
                false, Set.of());
        var plain = SentenceScore.of("Nuclear is simply too slow to build in time.", false, false, Set.of());
        // a source's finding is no one's position, and a reported position on a named day is news
        var source = SentenceScore.of("The report says that 40 per cent of pupils own a phone.", false, false,
                Set.of());
        var news = SentenceScore.of("The minister insisted that the talks on Monday went smoothly.", false, false,
                Set.of());
        // a past reporting verb with "that" reports an argument, not an event
        var warned = SentenceScore.of("Economists warned that the scheme was slow.", false, false, Set.of());
        // what a side notes is its argument too; what a report notes is its finding
        var noted = SentenceScore.of("They also note that the numbers involved are small.", false, false, Set.of());
        var reportNoted = SentenceScore.of("The report notes that the numbers involved are small.", false, false,
                Set.of());

        assertThat(position.role()).isEqualTo(Role.CLAIM);
        assertThat(position.best()).isGreaterThan(0.5);
        assertThat(plain.best()).isLessThan(0.5);
        assertThat(warned.best()).isGreaterThan(0.5);
        assertThat(noted.best()).isGreaterThan(0.5);
        assertThat(reportNoted.role()).isEqualTo(Role.EVIDENCE);
        // no one holds what "should be noted"
        assertThat(Cues.reportsPosition("It should be noted that the trial ran for only six weeks.")).isFalse();
        assertThat(source.role()).isEqualTo(Role.EVIDENCE);
        assertThat(news.best()).isLessThan(0.5);
    }

    @Test
    void aSidePointingToItsEvidenceOrDoubtingTheOthersIsAPosition() {
        var pointing = SentenceScore.of("Advocates also point to cleaner air and faster buses.", false, false, Set.of());
        var doubting = SentenceScore.of("Sceptics also question whether the sums add up, noting the cost of cameras.",
                false, false, Set.of());
        var complained = SentenceScore.of("Small businesses inside the zone have also complained that customers go "
                + "elsewhere.", false, false, Set.of());
        var toldMe = SentenceScore.of("Head teachers tell me that every hour given to one subject is an hour taken "
                + "from another.", false, false, Set.of());
        // figures that point somewhere are a source, not a side
        var figures = SentenceScore.of("The latest figures point to a fall in traffic.", false, false, Set.of());

        assertThat(pointing.best()).isGreaterThan(0.5);
        assertThat(doubting.best()).isGreaterThan(0.5);
        assertThat(complained.best()).isGreaterThan(0.5);
        assertThat(toldMe.best()).isGreaterThan(0.5);
        assertThat(figures.best()).isLessThan(0.5);
    }

    @Test
    void aSpeechSignpostOpensAPoint() {
        var signposted = SentenceScore.of("Second, it is simpler than the system we have now.", false, false, Set.of());
        var plain = SentenceScore.of("It is simpler than the system we have now.", false, false, Set.of());
        // an ordinal inside the sentence counts nothing off
        var inside = SentenceScore.of("It is simpler than the second system we have now.", false, false, Set.of());

        assertThat(signposted.claim()).isGreaterThan(plain.claim());
        assertThat(inside.claim()).isEqualTo(plain.claim());
    }

    @Test
    void addressingTheReaderArguesAsSpeakingForUsDoes() {
        var addressed = SentenceScore.of("Take that away and you heap all the pressure back onto a single referee.",
                false, false, Set.of());
        var plain = SentenceScore.of("Take that away and the pressure falls back onto a single referee.", false,
                false, Set.of());

        assertThat(addressed.claim()).isGreaterThan(plain.claim());
        assertThat(addressed.best()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void anEffectDeniedArgues() {
        assertThat(SentenceScore.of("The sale does nothing to close the gap in the budget this year.", false, false,
                Set.of()).best()).isGreaterThanOrEqualTo(0.5);
        assertThat(SentenceScore.of("The sale closes the gap in the budget this year.", false, false,
                Set.of()).best()).isLessThan(0.5);
    }

    @Test
    void whatABodyThatExaminesReportedIsEvidence() {
        assertThat(SentenceScore.of("Our own scrutiny panel reported last year that attendance at committees "
                + "averaged 71 per cent.", false, false, Set.of()).best()).isGreaterThanOrEqualTo(0.5);
        assertThat(SentenceScore.of("Our own scrutiny panel met last year to discuss attendance at committees.",
                false, false, Set.of()).best()).isLessThan(0.5);
    }
}
