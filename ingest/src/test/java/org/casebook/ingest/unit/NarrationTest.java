package org.casebook.ingest.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NarrationTest {

    @Test
    void aReportOfPastEventsIsNarration() {
        assertThat(Narration.isPastReport("She visited the border town in March and spoke to the mayor.")).isTrue();
        assertThat(Narration.isPastReport("Minister Okafor announced the programme in 2019 after a review.")).isTrue();
        assertThat(Narration.isPastReport("The minister was in Geneva when the talks collapsed.")).isTrue();
        assertThat(Narration.isPastReport("He promised to close the camps within a year.")).isTrue();
        assertThat(Narration.isPastReport("It funded clinics in four provinces before the war.")).isTrue();
        assertThat(Narration.isPastReport("Officials didn't answer our questions.")).isTrue();
        assertThat(Narration.isPastReport("They delivered the grain on time.")).isTrue();
        assertThat(Narration.isPastReport("The grant was signed by Parliament in May.")).isTrue();
    }

    @Test
    void anArgumentIsNotNarration() {
        assertThat(Narration.isPastReport("The scheme is a waste of money.")).isFalse();
        assertThat(Narration.isPastReport("The government should stop funding it.")).isFalse();
        assertThat(Narration.isPastReport("Cutting the grants was a mistake that will cost lives.")).isFalse();
        assertThat(Narration.isPastReport("If the plan had worked, fewer people would have left.")).isFalse();
        assertThat(Narration.isPastReport("Those programs have failed to reach the poor.")).isFalse();
        assertThat(Narration.isPastReport("The targeted grants reach the poor.")).isFalse();
        assertThat(Narration.isPastReport("He promised to close the camps, and he will.")).isFalse();
        // what the figures show now; the verb of a relative clause is not the sentence's
        assertThat(Narration.isPastReport("Figures from the hospital trust show that 31 people were treated."))
                .isFalse();
        assertThat(Narration.isPastReport("Spain, which adopted presumed consent decades ago, now has one of the "
                + "highest donation rates.")).isFalse();
    }

    @Test
    void aFindingReportedInThePastIsEvidenceNotNarration() {
        String finding = "The study found no evidence of any greater maladjustment in only children.";
        assertThat(Narration.reportsFinding(finding)).isTrue();
        assertThat(Narration.reportsFinding("She visited the border town in March and spoke to the mayor.")).isFalse();
        String story = "The mayor found no sign of any greater maladjustment in only children.";
        assertThat(Narration.reportsFinding(story)).isFalse();
        assertThat(SentenceScore.of(finding, false, false).best())
                .isGreaterThan(SentenceScore.of(story, false, false).best() + 0.1);
    }

    @Test
    void aPolicyTriedElsewhereWithItsOutcomeIsEvidence() {
        String precedent = "In Denmark, a tax on fatty foods was scrapped after a year because people simply crossed "
                + "the border to shop.";
        assertThat(Narration.isPrecedent(precedent)).isTrue();
        assertThat(Narration.isPrecedent("Britain tried permanent summer time between 1968 and 1971, and the "
                + "experiment was abandoned.")).isTrue();
        // an act with no outcome told, or no place at its head, is the story of who did what
        String story = "In Denmark, the government scrapped a tax on fatty foods in 2012.";
        assertThat(Narration.isPrecedent(story)).isFalse();
        assertThat(Narration.isPrecedent("Parents tried the new timetable in May, and most of them liked it."))
                .isFalse();
        assertThat(SentenceScore.of(precedent, false, false).evidence())
                .isGreaterThan(SentenceScore.of(story, false, false).evidence() + 0.3);
    }

    @Test
    void pastNarrationWeighsAgainstAClaimButNotAgainstTestimony() {
        String report = "The agency was in charge of the project when the money disappeared.";
        SentenceScore narrated = SentenceScore.of(report, false, false);
        SentenceScore present = SentenceScore.of(
                "The agency is in charge of the project while the money disappears.", false, false);
        assertThat(narrated.claim()).isLessThan(present.claim());
        assertThat(SentenceScore.of(report, true, false).claim()).isGreaterThan(narrated.claim());
    }

    @Test
    void whatANamedPersonIsDoingIsBackground() {
        Set<String> people = Set.of("trump", "president", "bird");
        assertThat(Narration.isActorReport("President Trump is doubling down on his harsh stances on immigration.",
                people)).isTrue();
        assertThat(Narration.isActorReport("Trump plans to slash hundreds of millions of dollars in aid.", people))
                .isTrue();
        assertThat(Narration.isActorReport("But the president has suffered some backlash from his base.", people))
                .isTrue();
        assertThat(Narration.isActorReport(
                "This is not the first time the president has threatened to cut aid to a country.", people)).isTrue();
        assertThat(Narration.isActorReport("On Monday, Councillor Bird repeatedly calls for action.", people)).isTrue();
        assertThat(Narration.isActorReport("He cites the border town as an example.", Set.of())).isTrue();
    }

    @Test
    void judgementsSayingsAndOtherSubjectsAreNotActorReports() {
        Set<String> people = Set.of("trump", "president");
        assertThat(Narration.isActorReport("Trump's approach has attracted much criticism.", people)).isFalse();
        assertThat(Narration.isActorReport("Trump plans to cut aid, which would hurt the poor.", people)).isFalse();
        assertThat(Narration.isActorReport("Trump supporters rally behind the wall.", people)).isFalse();
        assertThat(Narration.isActorReport("Trump argues that the aid is wasted on corrupt governments.", people))
                .isFalse();
        assertThat(Narration.isActorReport("The president seems more inclined to exacerbate the problem.", people))
                .isFalse();
        assertThat(Narration.isActorReport("Guatemala is failing to do much of anything.", people)).isFalse();
        assertThat(Narration.isActorReport("Smith plans to slash the aid budget by half.", people)).isFalse();
    }

    @Test
    void anActorReportWeighsAgainstAClaimEvenWithASpeakerButNotInsideAQuotation() {
        String report = "President Trump is doubling down on his harsh stances on immigration.";
        Set<String> people = Set.of("trump", "president");
        assertThat(SentenceScore.of(report, false, false, people).claim())
                .isLessThan(SentenceScore.of(report, false, false).claim() - 0.2);
        assertThat(SentenceScore.of(report, true, false, people).claim())
                .isLessThan(SentenceScore.of(report, true, false).claim() - 0.2);
        assertThat(SentenceScore.of(report, true, true, people).claim())
                .isEqualTo(SentenceScore.of(report, true, true).claim());
    }

    @Test
    void aQuestionStillOpenIsReportedNotArgued() {
        assertThat(Narration.posesQuestion("Schools across the country are debating whether to ban smartphones."))
                .isTrue();
        assertThat(Narration.posesQuestion("This raised the question of whether the law applies at all.")).isTrue();
        assertThat(Narration.posesQuestion("Schools should ban smartphones, whether parents like it or not."))
                .isFalse();
        assertThat(Narration.posesQuestion("Parents, not schools, should decide whether children carry phones."))
                .isFalse();
        assertThat(SentenceScore.of("Schools across the country are debating whether to ban smartphones from "
                + "classrooms.", false, false).best()).isLessThan(0.5);
    }
}
