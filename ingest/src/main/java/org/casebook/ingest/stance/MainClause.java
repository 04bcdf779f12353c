package org.casebook.ingest.stance;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.ingest.lexicon.Lexicon;
import org.casebook.ingest.lexicon.Words;
import org.jspecify.annotations.Nullable;

/**
 * The part of an argument that carries its point: what is reported rather than the reporting ("Critics say that
 * ..."), what follows the last contrast ("..., but ..."), outside a conceded clause ("Despite ..., ...") and before
 * a closing echo (", not less"). Stateless.
 */
public final class MainClause {
    private MainClause() {}

    /** The words that carry the sentence's point: after the last contrast, outside a conceded clause. */
    static List<String> words(String text) {
        return Words.tokens(text(text));
    }

    /** The text that carries the sentence's point, as it stands (trimmed). */
    public static String text(String text) {
        // "'The noise is torture for animals,' said Priya Raman, who proposed the ban.": the quotation argues, the
        // tag after it only says who
        String reported = reported(text);
        return reported != null ? reported : argued(SPEECH_TAG.matcher(text).replaceAll(" "));
    }

    /**
     * The clause an attribution reports ("Councillor Dunne confirmed that his group would vote against the plan":
     * "his group would vote against the plan"), as {@link #argued}; null when the text reports nothing.
     */
    static @Nullable String reported(String text) {
        text = SPEECH_TAG.matcher(text).replaceAll(" ");
        Matcher said = ATTRIBUTION.matcher(text);
        if (!said.find()) {
            // "Reverend David Okafor, who has led several memorial services where balloons were released, said the
            // council risked ...": who the speaker is comes between them and what they said
            text = Words.withoutRelativeClause(text);
            said = ATTRIBUTION.matcher(text);
            if (!said.find()) {
                return null;
            }
        }
        return text.length() - said.end() > 15 ? argued(text.substring(said.end())) : null;
    }

    /** The text without a speech tag after a quotation ("..., are we going to ban patios as well?" he asks.). */
    static String withoutSpeechTag(String text) {
        return SPEECH_TAG.matcher(text).replaceAll(" ").strip();
    }

    /**
     * The clause that is argued, the reporting kept ("Critics of the ban say it goes too far"): after the last
     * contrast, outside a conceded clause, before a closing echo (trimmed).
     */
    static String argued(String text) {
        String main = withoutAlternative(text);
        Matcher contrast = CONTRAST.matcher(main);
        int cut = -1;
        while (contrast.find()) {
            if (main.length() - contrast.end() > 15) {
                cut = contrast.end();
            }
        }
        Matcher call = CALL_AFTER.matcher(main);
        if (call.find() && call.end() > cut) {
            cut = call.end();
        }
        if (cut > 0) {
            main = main.substring(cut);
        }
        // "more aid, not less", "invest in the region, not cut it": the point is made before the negated echo
        int echo = echoStart(main);
        if (echo >= 0) {
            main = main.substring(0, echo);
        }
        Matcher concession = CONCESSION.matcher(main);
        if (concession.find()) {
            int comma = main.indexOf(',', concession.end());
            boolean leading = main.substring(0, concession.start()).isBlank();
            if (leading && comma > 0) {
                main = main.substring(comma + 1);
            } else if (!leading) {
                main = main.substring(0, concession.start()) + (comma > 0 ? main.substring(comma + 1) : "");
            }
        }
        return main.strip();
    }

    /**
     * The text without the alternative it sets aside ("..., rather than binning it", "Rather than improve their
     * situation, displacement aggravates it"): from "rather than" to the next comma, or to the end. "Instead of" is
     * left a contrast: left out the same way, it turns the seed sentence "Instead of engaging in community
     * consultation ..., they disburse large sums ..." and counter-pair recall falls 7/9 -> 6/9.
     */
    private static String withoutAlternative(String text) {
        Matcher m = ALTERNATIVE.matcher(text);
        if (!m.find()) {
            return text;
        }
        int comma = text.indexOf(',', m.end());
        String rest = comma < 0 ? "" : text.substring(comma + 1);
        String kept = (text.substring(0, m.start()) + " " + rest).strip();
        return kept.length() > 15 ? kept : text;
    }

    /** "Rather than" opening the sentence or a clause after a comma: the alternative set aside begins. */
    private static final Pattern ALTERNATIVE = Pattern.compile("(?i)(?:^|,\\s*)rather\\s+than\\b");

    /**
     * The closing negated echo of a sentence (", not to abolish it", ", not less"), or null when it has none or it
     * judges rather than echoes.
     */
    static @Nullable String echo(String text) {
        int start = echoStart(text);
        return start < 0 ? null : text.substring(start);
    }

    /** Where the closing negated echo starts, or -1 when there is none or it judges rather than echoes. */
    private static int echoStart(String text) {
        Matcher echo = NEGATED_ECHO.matcher(text);
        return echo.find() && echo.start() > 15 && !judges(echo.group()) ? echo.start() : -1;
    }

    /**
     * Whether a closing ", not a solution" judges what came before rather than echoing it: a rated noun after "not
     * a" ("a gesture, not a solution") says what the thing is not, where "more aid, not less" restates the point.
     */
    private static boolean judges(String echo) {
        Matcher m = JUDGING_ECHO.matcher(echo);
        return m.find() && Lexicon.INSTANCE.valence(m.group(1).toLowerCase(Locale.ROOT)) != 0;
    }

    private static final Pattern JUDGING_ECHO = Pattern.compile("(?i)^[,\u2014]\\s*(?:and\\s+)?not\\s+(?:a|an)\\s+"
            + "(?:\\w+\\s+)?(\\w+)[.!?,]?[\"\u201d]?$");
    private static final Pattern CONTRAST = Pattern.compile(
            // a new sentence, quoted or not ("... every fire," she said. "But it gives ..."; the speech tag is gone by
            // then, leaving the closing quotation mark and the opening one), but not a quoted phrase ("it 'still'")
            "(?i)(?:^|[,;:\u2014]\\s*|[.!?][\"\u201d]?\\s+[\"\u201c]?|,[\"\u201d]\\s+[\"\u201c])(?:but|however|yet|"
            + "nevertheless|nonetheless|still|instead|rather)\\b,?");
    /**
     * A call that closes a sentence after what moved the writer to it: "It is one of the stranger contradictions of
     * health policy, and it is time the government ended it": the call is the point, the rest its reason.
     */
    private static final Pattern CALL_AFTER = Pattern.compile("(?i)[,;]\\s*(?:and|so)\\s+(?=" + StatedAttitude.TIME_FOR
            + "\\s)");
    /** "Some critics say that ...": the proposition reported, not the reporting, carries the stance. */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^[^.;:\u201c\"]{0,90}?\\b(?:say|says|said|argue|argues|argued|warn|warns|warned|claim|claims|claimed|"
            + "believe|believes|contend|contends|note|notes|insist|insists|point out|points out)\\s+(?:that\\s+)?"
            // "Councillor Peter Dunne confirmed that his group would vote against the plan": with "that" only, so
            // that "added sugar" stays as it is
            + "|^[^.;:\u201c\"]{0,90}?\\b(?:confirmed|confirms|announced|announces|added|adds|made\\s+clear)"
            + "\\s+that\\s+"
            // "We also accept that the estate has not always been well managed": what is granted, not the granting;
            // not what is refused ("I do not accept that selling the farms would be a false economy")
            + "|^(?![^.;:]*\\b(?:not|never|cannot|can['\u2019]t|don['\u2019]t|won['\u2019]t)\\s+(?:\\w+\\s+)?"
            + "(?:accept|concede|admit))[^.;:\u201c\"]{0,90}?\\b(?:accept|accepts|accepted|concede|concedes|conceded|"
            + "admit|admits|admitted)\\s+that\\s+");
    /** A speech tag after a closing quotation mark, up to the next quotation or the end: "," said X, who ...". */
    private static final Pattern SPEECH_TAG = Pattern.compile("(?<=[,.!?][\"\u201d])\\s+"
            // "," he says", "," Mr Babbage said"
            + "(?:(?:he|she|they|[A-Z][\\w'\u2019-]+(?:\\s+[A-Z][\\w'\u2019-]+){0,2})\\s+)?(?:said|says|added|adds|"
            + "told|asked|asks|warned|warns|argued|argues|insisted|insists|explained|explains)\\b[^\"\u201c]*");
    /** A closing ", not ..." that restates the point by its opposite. */
    private static final Pattern NEGATED_ECHO = Pattern.compile(
            // a quotation's close may follow: "... needs clear rules, not prohibition," she said.
            "(?i)[,\u2014]\\s*(?:and\\s+)?not\\s+(?!only\\b|just\\b|least\\b|merely\\b)[^,;:]{1,60}[.!?,]?"
            + "[\"\u201d]?$");
    private static final Pattern CONCESSION = Pattern.compile(
            "(?i)\\b(?:despite|although|though|even though|even if|while|whereas|notwithstanding|no matter|"
            + "regardless of)\\b");
}
