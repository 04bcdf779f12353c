package org.casebook.ingest.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.ingest.Texts;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.Speaker;
import org.casebook.ingest.segment.Segmenter;
import org.junit.jupiter.api.Test;

class SpeakerAttributorTest {
    private final SpeakerAttributor attributor = new SpeakerAttributor();

    private List<Speaker> speakers(ArticleText article) {
        return attributor.voices(article, new Segmenter().segment(article)).speakers();
    }

    @Test
    void readsANameAndItsDescriptionFromAnApposition() {
        var article = Texts.article("Jim Nealon, a former U.S. ambassador to Honduras, told The Post that aid works.");
        assertThat(speakers(article)).containsExactly(new Speaker("Jim Nealon", "a former U.S. ambassador to Honduras"));
    }

    @Test
    void anAppositionMayCarryARelativeClauseBeforeTheVerb() {
        var article = Texts.article("Dave Kowalski, branch secretary of the GMB union, which represents the grounds "
                + "team, said hand-weeding would mean back-breaking work.");
        assertThat(speakers(article))
                .containsExactly(new Speaker("Dave Kowalski", "branch secretary of the GMB union"));
    }

    @Test
    void aPlaceAfterAPrepositionSpeaksForNoOne() {
        var article = Texts.article("Probably not, and the early evidence from France suggests that little changed.",
                "Ministers in London say the rules work.");
        assertThat(speakers(article).get(0)).isNull();
    }

    @Test
    void aTurnOfTheArgumentBetweenCommasDescribesNoOne() {
        var article = Texts.article("Claire Whitfield, a mother of two, said the plan was right.",
                "Ms Whitfield, however, said that timed rules were confusing.");
        assertThat(speakers(article).get(1)).isEqualTo(new Speaker("Claire Whitfield", "a mother of two"));
    }

    @Test
    void aSpeakerWhoDoubtsSomethingIsItsVoice() {
        var article = Texts.article("Councillor Robert Leyland, leader of the opposition group, said he did not "
                + "believe the benefits outweighed the harm.",
                "He also questioned whether the grid connection was secure.");
        assertThat(speakers(article).get(1).name()).isEqualTo("Robert Leyland");
    }

    @Test
    void aBodyIsReferredToLaterByItsKind() {
        var article = Texts.article("The Marram Estuary Trust said that dogs disturbed nesting birds.",
                "However, the trust warned that pushing dog walkers away could increase disturbance.",
                "However, the group warned that nothing would change.");
        List<Speaker> speakers = speakers(article);
        assertThat(speakers.get(1)).isEqualTo(speakers.get(0));
        assertThat(speakers.get(0).name()).isEqualTo("The Marram Estuary Trust");
        // a kind the text gave no body: someone described, not the trust
        assertThat(speakers.get(2).name()).isEqualTo("the group");
    }

    @Test
    void givesEverySentenceOfAnIntroducedQuotationToItsSpeaker() {
        var article = Texts.article("President Trump is angry.", "Trump told reporters Friday:",
                "\u201cNo more money is going there. They haven\u2019t done a thing for us.\u201d");
        List<Speaker> speakers = speakers(article);
        assertThat(speakers.get(0)).isNull();
        assertThat(speakers.subList(2, 4)).allSatisfy(s -> assertThat(s.name()).isEqualTo("Trump"));
        assertThat(speakers.get(2).description()).isEqualTo("President");
    }

    @Test
    void aDescriptionOrADismissalIsSpeech() {
        var article = Texts.article("Gary Whitlock, chairman of the Millbrook Taxpayers' Alliance, described the "
                + "proposal as \u201ca nice gesture paid for by everyone else\u201d.",
                "Cllr Priya Desai dismissed that concern, noting that reminder emails had cut late returns.");
        List<Speaker> speakers = speakers(article);

        assertThat(speakers.get(0))
                .isEqualTo(new Speaker("Gary Whitlock", "chairman of the Millbrook Taxpayers' Alliance"));
        assertThat(speakers.get(1).name()).isEqualTo("Priya Desai");
    }

    @Test
    void aRoleBeforeTheNameInAppositionIsTheDescription() {
        var article = Texts.article("The residents' association has suggested designated zones.",
                "Its chair, Maureen Quigley, said that outright bans \u201ctend to be ignored\u201d.",
                "The group's founder, Dr Amy Shah, argues that zones cost too much.");
        List<Speaker> speakers = speakers(article);
        assertThat(speakers.get(1)).isEqualTo(new Speaker("Maureen Quigley", "chair"));
        assertThat(speakers.get(2).name()).isEqualTo("Amy Shah");
    }

    @Test
    void resolvesAPronounToThePersonNamedBefore() {
        var article = Texts.article("Sen. Kamala D. Harris (D-Calif.) disagrees.",
                "Harris, who hopes to replace Trump, took to social media. She tweeted:",
                "\u201cGutting these programs is not the answer.\u201d");
        assertThat(speakers(article).getLast().name()).isEqualTo("Kamala D. Harris");
    }

    @Test
    void aLaterMentionByTitleOfCourtesyAndSurnameIsTheSamePerson() {
        var article = Texts.article("\u201cI am forced into the road every week,\u201d said Margaret Hollis, who is "
                        + "registered blind.",
                "\u201cThe council has to act,\u201d said Dev Sharma, who leads the transport committee.",
                "\u201cEvery exemption is another street I can't walk down,\u201d said Mrs Hollis.",
                "Cllr Sharma said exemptions would answer most concerns.",
                "\u201cIt will ruin my trade,\u201d said Mrs Rahman.");

        assertThat(speakers(article)).extracting(Speaker::name).containsExactly("Margaret Hollis", "Dev Sharma",
                "Margaret Hollis", "Dev Sharma", "Rahman");
    }

    @Test
    void aSpeakerNamedAfterTheQuotationKeepsTheDescriptionAndIsWhomHeRefersToNext() {
        var article = Texts.article("\u201cForcing people to the polls does not make them informed,\u201d said "
                + "Jason Brennan, a philosopher at Georgetown University. He argues that guessing does no favour.");

        assertThat(speakers(article)).containsExactly(
                new Speaker("Jason Brennan", "a philosopher at Georgetown University"),
                new Speaker("Jason Brennan", "a philosopher at Georgetown University"));
    }

    @Test
    void aRoleAfterATrailingSpeakerIsTheDescriptionButATimeIsNot() {
        var article = Texts.article("\u201cPeople came back rested,\u201d said Joe Ryle, director of the campaign.",
                "\u201cWe will win,\u201d said Jo Smith, the day before the vote.");

        assertThat(speakers(article)).extracting(Speaker::description)
                .containsExactly("director of the campaign", null);
    }

    @Test
    void anAgeInAppositionDescribesTheSpeaker() {
        var article = Texts.article("Pensioner Margaret Ellis, 81, said that a ban would simply mean buying bin bags.");

        assertThat(speakers(article)).extracting(Speaker::name).containsExactly("Pensioner Margaret Ellis");
    }

    @Test
    void aQuestionIsAttributedToWhoAskedIt() {
        var article = Texts.article("\u201cWho is going to patrol every back garden?\u201d asked Mark Denholm, a "
                + "resident who doubts the ban can be enforced.");

        assertThat(speakers(article)).containsExactly(
                new Speaker("Mark Denholm", "a resident who doubts the ban can be enforced"));
    }

    @Test
    void attributesTrailingSpeechAndOutlets() {
        var article = Texts.article("\u201cThis is a recipe for failure,\u201d a local development worker said.",
                "According to Reuters, aid fell by 40 percent.",
                "Traffic fell by 18 per cent in the first year, according to Transport for London.");
        assertThat(speakers(article)).extracting(Speaker::name)
                .containsExactly("a local development worker", "Reuters", "Transport for London");
    }

    @Test
    void aSpeakerWhoToldANamedListenerSpeaksForTheWholeQuotation() {
        var article = Texts.article("Cllr Desai said that fines punish the poor.",
                "\u201cWe are locking children out of a public service,\u201d she told the Chronicle. \u201cThat "
                        + "isn't a library policy.\u201d");
        assertThat(speakers(article)).extracting(Speaker::name).containsExactly("Desai", "Desai", "Desai");
    }

    @Test
    void aPronounFindsThePersonLastNamedThoughNamedWithoutATitle() {
        var article = Texts.article("Dr Imogen Hale, a researcher, argues that the benefits last.",
                "\u201cChildren who walk arrive more alert,\u201d she says.",
                "On the next street, resident Graham Pike says his road is now the drop-off zone.",
                "\u201cThey have not got rid of the traffic,\u201d he says.",
                "Shona Barratt, a nurse who works early shifts, drives to the hospital.",
                "\u201cThe car is not a luxury,\u201d she says.");
        assertThat(speakers(article)).extracting(s -> s == null ? null : s.name())
                .containsExactly("Imogen Hale", "Imogen Hale", "Graham Pike", "Graham Pike", null,
                        "Shona Barratt");
    }

    @Test
    void aPronounPassesOverOneTheTextCalledByTheOther() {
        var article = Texts.article("Councillor Peter Lang, who voted against the proposal, said that it was wrong.",
                "\u201cWe are in danger of blaming the victims,\u201d he told the meeting.",
                "Inspector Claire Whitmore of the local police said that officers were stretched.",
                "Lang agreed with the inspector. She added that the powers would fall on teenagers.");
        assertThat(speakers(article)).extracting(s -> s == null ? null : s.name())
                .containsExactly("Peter Lang", "Peter Lang", "Claire Whitmore", null, "Claire Whitmore");
    }

    @Test
    void aGroupOrABodyIsNoPersonToReferBackTo() {
        var article = Texts.article("Dr Ruth Kell, a GP, said the scheme had helped.",
                "Residents of the estate said the scheme failed.",
                "Meanwhile North Yorkshire Council, the authority responsible for roads, disagreed.",
                "\u201cIt is a mess,\u201d she says.");
        List<Speaker> speakers = speakers(article);
        assertThat(speakers.get(1)).isNull();
        assertThat(speakers.getLast().name()).isEqualTo("Ruth Kell");
    }

    @Test
    void whatTheAuthorReasonsFromIsNoSpeaker() {
        var article = Texts.article("The evidence suggests that a levy would reduce the number of cups used.",
                "The latest figures show that use has fallen.",
                "A government report says that a charge works.");
        List<Speaker> speakers = speakers(article);
        assertThat(speakers.subList(0, 2)).containsOnlyNulls();
        assertThat(speakers.get(2).name()).isEqualTo("A government report");
    }

    @Test
    void aBodyThatHasSaidSomethingIsNamedWithoutTheAuxiliary() {
        var article = Texts.article("The Ashworth Residents' Association has suggested designated barbecue zones.");
        assertThat(speakers(article).getFirst().name()).isEqualTo("The Ashworth Residents' Association");
    }

    @Test
    void anAdverbOrModalBeforeTheVerbIsNoPartOfWhoSpeaks() {
        var article = Texts.article("Now, the proposition will say that a cap on hours is a fudge.",
                "The proposition never told us where the animals would go.");
        List<Speaker> speakers = speakers(article);
        assertThat(speakers.get(0).name()).isEqualTo("the proposition");
        // what someone never said is the author's charge
        assertThat(speakers.get(1)).isNull();
    }

    @Test
    void aSideTakenThenArguedNamesTheSpeakerAndWhomHeRefersTo() {
        var article = Texts.article("Local hotel owner Daniel Trewin backed the ban, arguing that visitors contribute "
                + "little.", "\"They use our streets for free,\" he said.",
                "Cllr Sharma opposed the charge, warning that it would hit the poor.");
        List<Speaker> speakers = speakers(article);
        assertThat(speakers.get(0).name()).isEqualTo("Daniel Trewin");
        assertThat(speakers.get(1)).isEqualTo(speakers.get(0));
        assertThat(speakers.get(2).name()).isEqualTo("Sharma");
    }

    @Test
    void leavesTheAuthorsVoiceAndGenericCriticsWithoutSpeaker() {
        var article = Texts.article("Some critics say that more people could be harmed. "
                + "If there is a crisis, as Trump claims, his approach could worsen it.");
        assertThat(speakers(article)).containsOnlyNulls();
    }
}
