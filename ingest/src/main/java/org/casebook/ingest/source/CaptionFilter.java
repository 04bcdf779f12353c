package org.casebook.ingest.source;

import java.util.regex.Pattern;

/**
 * Recognises photo captions and credits that saved articles carry along with their prose, such as
 * {@code "Migrants board a truck in Mexico. (Jane Roe/AFP/Getty Images)"} or {@code "Photo: Jane Roe/Reuters"}.
 * A block is a caption when it is short and ends in a parenthesised credit that contains a slash and names an
 * agency or says "Images"/"Photo", or when it starts with "Photo:"/"Credit:". Thread-safe.
 */
final class CaptionFilter {
    private static final int MAX_CAPTION = 400;
    private static final Pattern CREDIT_AT_END = Pattern.compile("\\(([^()]{3,160})\\)\\s*$");
    private static final Pattern AGENCY = Pattern.compile(
            "\\b(?:Images?|Photos?|Photography|AP|Reuters|AFP|Getty|EPA|Bloomberg|Shutterstock|Pool|Xinhua|"
                    + "Agency|Press|Associated Press|[Pp]hoto)\\b");
    private static final Pattern CREDIT_LABEL =
            Pattern.compile("^(?:Photo|Photograph|Image|Picture|Credit|Photo credit)s?\\s*:", Pattern.CASE_INSENSITIVE);

    boolean isCaption(String block) {
        String text = block.strip();
        if (text.length() > MAX_CAPTION) {
            return false;
        }
        if (CREDIT_LABEL.matcher(text).find() && text.length() < 200) {
            return true;
        }
        var credit = CREDIT_AT_END.matcher(text);
        return credit.find() && credit.group(1).contains("/") && AGENCY.matcher(credit.group(1)).find();
    }
}
