package org.casebook.base.ui;

import java.util.Locale;

/** Words the views show as they would be written: a message opening a sentence, a constant as a label. */
public final class Labels {
    private Labels() {}

    /** "imported 12 units" as a sentence: "Imported 12 units". */
    public static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A constant's name as a label: {@code CLAIM} as "Claim". */
    public static String of(Enum<?> constant) {
        String name = constant.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
