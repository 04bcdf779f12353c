package org.casebook.ingest.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word valence in [-4, 4]: the VADER lexicon (Hutto and Gilbert 2014, MIT licence, read from its Maven Central
 * artifact), with corrections for the senses words take in argument ("critical to" is vital, not faultfinding)
 * and additions it lacks. Also the closed word classes stance needs: negators, and the verbs that decrease or
 * increase a policy's target. Immutable and thread-safe.
 */
public final class Lexicon {
    public static final Set<String> NEGATORS = Set.of("not", "no", "never", "none", "nothing", "nobody", "neither", "nor",
            "without", "hardly", "barely", "cannot", "cant", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt",
            "werent", "wont", "wouldnt", "shouldnt", "couldnt", "havent", "hasnt", "hadnt", "aint", "lack", "lacks");

    /** Verbs and nouns that lower, stop or remove something. */
    public static final Set<String> DECREASE = Set.of("cut", "cuts", "cutting", "slash", "slashing", "slashed", "reduce",
            "reduces", "reducing", "reduced", "reduction", "end", "ending", "ended", "ends", "sever", "severing", "gut",
            "gutting", "eliminate", "eliminating", "elimination", "abolish", "abolishing", "abolition", "ban", "bans",
            "banning", "banned", "prohibit", "prohibiting", "prohibition", "stop", "stopping", "halt", "halting",
            "withdraw", "withdrawing", "withdrawal", "suspend", "suspending", "scrap", "scrapping", "repeal", "repealing",
            "restrict", "restricting", "restriction", "restrictions", "limit", "limiting", "limits", "curb", "curbing",
            "lower", "lowering", "decrease", "decreasing", "close", "closing", "shut", "cancel", "cancelling",
            "canceling", "terminate", "terminating", "defund", "defunding", "withhold", "withholding", "deny", "denying",
            "oppose", "opposing", "reject", "rejecting", "outlaw", "criminalize", "criminalise", "forbid", "disallow",
            "undercut", "dismantle", "dismantling", "phase", "disband", "disbanding", "forbidding", "forbidden",
            "banish", "boycott", "boycotting", "deport", "deporting", "punish", "penalize", "penalise", "tax", "taxing",
            "remove", "removing", "removal", "axe", "axing",
            // participles, for the passive ("aid should be cut", "the programs were ended")
            "restricted", "curbed", "lowered", "decreased", "cancelled", "canceled", "terminated", "withdrawn",
            "suspended", "scrapped", "repealed", "halted", "stopped", "eliminated", "abolished", "prohibited",
            "outlawed", "criminalized", "criminalised", "gutted", "severed", "defunded", "withheld", "dismantled",
            "removed", "axed",
            "disbanded", "phased", "abandon", "abandoning", "abandoned", "discontinue", "discontinuing",
            "discontinued", "renounce", "renouncing", "limited", "limitation", "limitations");

    /** Verbs and nouns that raise, keep or extend something. */
    public static final Set<String> INCREASE = Set.of("doubled", "expanded", "raised", "boosted", "extended",
            "maintained", "continued", "sustained", "strengthened", "restored", "increase", "increasing", "increased",
            "raise", "raising", "expand",
            "expanding", "expansion", "extend", "extending", "boost", "boosting", "more", "greater", "double",
            "continue", "continuing", "maintain", "maintaining", "keep", "keeping", "sustain", "support", "supporting",
            "fund", "invest", "investing", "investment", "investments", "dedicate", "provide", "providing",
            "adopt", "adopting", "introduce", "introducing", "allow", "allowed", "allowing", "legalize", "legalise", "legalizing",
            "permit", "permitting", "subsidize", "subsidise", "subsidizing", "build", "building", "create", "creating",
            "establish", "protect", "protecting", "require", "requiring", "mandate", "mandatory", "encourage",
            "promote", "promoting", "strengthen", "strengthening", "restore", "restoring", "implement", "enact",
            "embrace", "approve", "grant", "granting", "give", "giving", "use", "using", "own", "owning", "join");

    /** Words saying there is too little of something: a call for more of it. */
    public static final Set<String> SCARCITY = Set.of("inadequate", "insufficient", "mere", "merely", "tiny", "meager",
            "meagre", "paltry", "scant", "underfunded", "shortfall", "little", "pale");

    private final Map<String, Double> valence;

    private Lexicon(Map<String, Double> valence) {
        this.valence = valence;
    }

    /** The valence of a two-word idiom whose words mean otherwise alone ("pipe dream"), or 0. */
    public double phrase(String first, String second) {
        return IDIOMS.getOrDefault(first + " " + second, 0.0);
    }

    private static final Map<String, Double> IDIOMS = Map.ofEntries(
            Map.entry("pipe dream", -2.0), Map.entry("off the", 0.0), Map.entry("the hook", -1.5),
            Map.entry("no hope", -2.0), Map.entry("a thing", 0.0), Map.entry("fell short", -1.8),
            Map.entry("falls short", -1.8), Map.entry("fall short", -1.8), Map.entry("wayside", -1.5),
            Map.entry("at best", -1.0), Map.entry("limited knowledge", -1.5), Map.entry("lip service", -1.5),
            Map.entry("drop in", -0.5), Map.entry("no effect", -1.8), Map.entry("little effect", -1.5),
            Map.entry("little use", -1.5), Map.entry("little value", -1.5),
            Map.entry("too far", -1.5), Map.entry("step backwards", -1.5), Map.entry("step backward", -1.5),
            Map.entry("backward step", -1.5), Map.entry("retrograde step", -1.5), Map.entry("step forward", 1.5),
            // pollution named, not a fine thing: "fine particulate pollution", "fine particles"
            Map.entry("fine particulate", -1.0), Map.entry("fine particles", -1.0),
            // a cost borne ("would end up footing the bill"); a thing that should have come sooner ("long overdue")
            Map.entry("foot the", -1.2), Map.entry("footing the", -1.2), Map.entry("long overdue", 1.8),
            // a call to reconsider: "I hope councillors will think again"
            Map.entry("think again", -1.5),
            // a measure out of all proportion: "a blanket ban was \"a sledgehammer to crack a nut\""
            Map.entry("sledgehammer to", -1.5),
            // a saving that costs more than it saves: "Selling the county farms would be a false economy"
            Map.entry("false economy", -2.0),
            // a measure that cannot tell the cases it should spare: "a ban is a blunt instrument"
            Map.entry("blunt instrument", -1.5), Map.entry("blunt tool", -1.5),
            // a trifling saving: "would save pennies and cost passengers dearly"
            Map.entry("save pennies", -1.0), Map.entry("saves pennies", -1.0), Map.entry("saving pennies", -1.0));

    /** The word's valence, looking through common endings when the word itself is not listed ("harmful"). */
    public double valence(String word) {
        Double v = valence.get(word);
        if (v != null) {
            return v;
        }
        for (String[] ending : ENDINGS) {
            if (word.endsWith(ending[0]) && word.length() > ending[0].length() + 2) {
                Double base = valence.get(word.substring(0, word.length() - ending[0].length()) + ending[1]);
                if (base != null) {
                    return base;
                }
            }
        }
        return 0.0;
    }

    private static final String[][] ENDINGS = {
        {"ful", ""}, {"fully", ""}, {"ness", ""}, {"ly", ""}, {"s", ""}, {"es", ""}, {"ed", ""}, {"ed", "e"},
        {"ing", ""}, {"ing", "e"}, {"ies", "y"}, {"ied", "y"}, {"er", ""}, {"est", ""}, {"ment", ""}, {"ive", "e"},
        {"es", "is"}, {"ier", "y"}, {"iest", "y"}, {"est", "e"}};

    private static Lexicon load() {
        Map<String, Double> valence = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("/vader_sentiment_lexicon.txt")) {
            if (in == null) {
                throw new IllegalStateException("vader_sentiment_lexicon.txt is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t");
                if (cells.length >= 2 && !cells[0].contains(" ")) {
                    valence.put(cells[0].toLowerCase(Locale.ROOT), Double.parseDouble(cells[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        valence.putAll(ARGUMENT_SENSES);
        return new Lexicon(Map.copyOf(valence));
    }

    /** Senses that argumentative prose gives words, where VADER's social-media ratings differ or are missing. */
    private static final Map<String, Double> ARGUMENT_SENSES = Map.ofEntries(
            Map.entry("critical", 1.5), Map.entry("vital", 2.0), Map.entry("essential", 1.5), Map.entry("crucial", 1.5),
            Map.entry("working", 1.2), Map.entry("works", 1.2), Map.entry("effective", 2.0), Map.entry("ineffective", -2.0),
            Map.entry("corrupt", -2.5), Map.entry("corruption", -2.5), Map.entry("exacerbate", -2.0),
            Map.entry("exacerbating", -2.0), Map.entry("exacerbates", -2.0), Map.entry("aggravate", -2.0),
            Map.entry("aggravates", -2.0), Map.entry("worsen", -2.0), Map.entry("worsening", -2.0),
            Map.entry("rational", 1.5), Map.entry("irrational", -1.5), Map.entry("answer", 1.2),
            Map.entry("solution", 1.5), Map.entry("solutions", 1.2), Map.entry("backfire", -2.0),
            Map.entry("counterproductive", -2.0), Map.entry("wasted", -2.0), Map.entry("wasteful", -2.0),
            Map.entry("misguided", -2.0), Map.entry("unmet", -1.5), Map.entry("indifferent", -1.5),
            Map.entry("authoritarian", -2.0), Map.entry("succeed", 2.0), Map.entry("hype", -1.0),
            Map.entry("diminish", -1.5), Map.entry("undermine", -2.0), Map.entry("undermines", -2.0),
            Map.entry("deter", -0.5), Map.entry("unfair", -2.0), Map.entry("unjust", -2.0), Map.entry("needed", 1.0),
            Map.entry("necessary", 1.2), Map.entry("worthwhile", 1.8), Map.entry("benefit", 2.0),
            Map.entry("beneficial", 2.0), Map.entry("protect", 1.5), Map.entry("prevent", 0.5),
            Map.entry("dangerous", -2.5), Map.entry("risky", -1.5), Map.entry("damaging", -2.2),
            // the vocabulary of policy and rights arguments, which VADER does not rate
            Map.entry("harmful", -2.2), Map.entry("detrimental", -2.0), Map.entry("unconstitutional", -2.0),
            Map.entry("unlawful", -2.0), Map.entry("illegitimate", -1.8), Map.entry("legitimate", 1.2),
            Map.entry("discriminatory", -2.0), Map.entry("discrimination", -2.0), Map.entry("inefficient", -1.8),
            Map.entry("inefficiency", -1.8), Map.entry("exploitation", -2.2), Map.entry("exploitative", -2.2),
            Map.entry("coercion", -2.0), Map.entry("oppression", -2.5), Map.entry("tyranny", -2.5),
            Map.entry("inequality", -1.8), Map.entry("flawed", -1.8), Map.entry("unsustainable", -1.8),
            Map.entry("sustainable", 1.2), Map.entry("viable", 1.2), Map.entry("prosperity", 2.0),
            Map.entry("stability", 1.5), Map.entry("instability", -1.8), Map.entry("unsafe", -2.0),
            Map.entry("equality", 1.5), Map.entry("fairness", 1.5), Map.entry("accountability", 1.2),
            Map.entry("transparency", 1.2), Map.entry("productive", 1.5), Map.entry("unproductive", -1.5),
            // base forms only: valence() finds "erodes", "monopolies" and the like through their endings
            Map.entry("erode", -1.5), Map.entry("infringe", -1.8), Map.entry("curtail", -1.2),
            Map.entry("suppress", -1.5), Map.entry("endanger", -2.0), Map.entry("jeopardize", -2.0),
            Map.entry("enhance", 1.5), Map.entry("prudent", 1.5), Map.entry("imprudent", -1.5),
            Map.entry("monopoly", -1.2), Map.entry("strand", -1.5),
            Map.entry("cost", -0.6), Map.entry("disrupt", -1.8), Map.entry("disruption", -1.8),
            Map.entry("disruptive", -2.0),
            // "the levy could be regressive": in policy argument, a burden that falls hardest on the poor
            Map.entry("regressive", -1.8),
            // what evidence shows or fails to: "the results are far from conclusive"
            Map.entry("conclusive", 1.2), Map.entry("inconclusive", -1.2),
            // "onshore wind remains among the cheapest forms of new generation": in policy argument, costing less
            Map.entry("cheaper", 1.0), Map.entry("cheapest", 1.2),
            // "a dark street is effectively a closed street": in argument it means "in effect", no praise
            Map.entry("effectively", 0.0),
            // "a ban treats every student as a problem": in argument "treat" is how one deals with something
            Map.entry("treat", 0.0), Map.entry("treats", 0.0), Map.entry("treated", 0.0), Map.entry("treating", 0.0),
            // "turn an enjoyable subject into a chore": a task done without pleasure
            Map.entry("chore", -1.5),
            // what dirties air and water, which VADER does not rate: "one of the largest sources of pollution"
            Map.entry("pollution", -1.5), Map.entry("pollutant", -1.5),
            // what a neighbour suffers, which VADER does not rate either: "the lido brought noise, litter and parking
            // problems every summer"
            Map.entry("noise", -1.2), Map.entry("litter", -1.2), Map.entry("nuisance", -1.5),
            Map.entry("vandalism", -2.0),
            // "its share of emissions": a proportion, not sharing; "care homes", "social care": a service
            Map.entry("share", 0.0), Map.entry("shares", 0.0), Map.entry("shared", 0.0), Map.entry("sharing", 0.0),
            Map.entry("care", 0.0), Map.entry("cares", 0.0), Map.entry("cared", 0.0),
            // "on the other hand", "hand it to people who will out-earn them": a side or a giving, not help
            Map.entry("hand", 0.0));

    /** Declared last: it reads the tables above while the class initialises. */
    public static final Lexicon INSTANCE = load();
}
