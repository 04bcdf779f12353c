package org.casebook.article.ui;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.casebook.article.Side;
import org.casebook.article.UnitDetails;
import org.casebook.article.UnitRole;
import org.casebook.base.ui.Labels;
import org.jspecify.annotations.Nullable;

/** Words and CSS classes for a unit's role and stance, the same in the text and in the list. Plain Java. */
final class UnitLabels {
    private UnitLabels() {}

    static @Nullable Side side(UnitDetails unit, @Nullable Long motionId) {
        if (motionId == null) {
            return null;
        }
        return unit.stances().stream()
                .filter(s -> s.motionId() == motionId)
                .map(UnitDetails.StanceDetails::side)
                .findFirst()
                .orElse(null);
    }

    /**
     * "Claim · Pro", "Evidence · Con", "Claim" when there is no stance; "· corrected" after a person's edit, "· added
     * by a person" for a unit a person marked.
     */
    static String label(UnitDetails unit, @Nullable Side side) {
        String role = Labels.of(unit.role());
        String label = side == null ? role : role + " · " + Labels.of(side);
        boolean corrected = unit.humanEdited() || unit.stances().stream().anyMatch(
                s -> s.correctedByPerson() && s.side() == side);
        return unit.humanMade() ? label + " · added by a person" : corrected ? label + " · corrected" : label;
    }

    static String[] classNames(UnitDetails unit, @Nullable Side side) {
        return new String[] {
            "cb-unit",
            "cb-role-" + unit.role().name().toLowerCase(Locale.ROOT),
            "cb-side-" + (side == null ? "none" : side.name().toLowerCase(Locale.ROOT))
        };
    }

    /** The hover text: label, confidence and who speaks. */
    static String tooltip(UnitDetails unit, @Nullable Side side) {
        var text = new StringJoiner(" — ");
        text.add(label(unit, side) + " (confidence %.2f)".formatted(unit.confidence()));
        text.add(speaker(unit));
        return text.toString();
    }

    static String speaker(UnitDetails unit) {
        if (unit.speakerName() == null) {
            return "the author's own words";
        }
        return unit.speakerDescription() == null
                ? "said by " + unit.speakerName()
                : "said by " + unit.speakerName() + " (" + unit.speakerDescription() + ")";
    }

    /**
     * What the unit is linked to as support, in a few words: "Evidence for: ..." or, for a claim that goes on
     * from the claim before it, "A reason for: ..."; null when it supports nothing shown.
     */
    static @Nullable String supports(UnitDetails unit, List<UnitDetails> all) {
        if (unit.supportsId() == null) {
            return null;
        }
        return all.stream().filter(u -> u.id() == unit.supportsId()).findFirst()
                .map(claim -> (unit.role() == UnitRole.EVIDENCE ? "Evidence for: \u201c" : "A reason for: \u201c")
                        + shortened(claim.text()) + "\u201d")
                .orElse(null);
    }

    private static String shortened(String text) {
        String clean = text.replaceAll("[\u201c\u201d\"]", "").strip();
        return clean.length() <= 70 ? clean : clean.substring(0, 67).strip() + "\u2026";
    }
}
