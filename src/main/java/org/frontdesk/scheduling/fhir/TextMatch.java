package org.frontdesk.scheduling.fhir;

import ca.uhn.fhir.rest.param.StringParam;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * FHIR string search over a few short texts: case- and accent-insensitive, matching the start of the text or of
 * any word in it by default, the whole text with {@code :exact}, any part with {@code :contains}.
 */
final class TextMatch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextMatch() {}

    static boolean matches(@Nullable StringParam param, @Nullable String... texts) {
        if (param == null) {
            return true;
        }
        var wanted = param.getValue() == null ? "" : param.getValue();
        for (var text : texts) {
            if (text == null) {
                continue;
            }
            if (param.isExact()) {
                if (text.equals(wanted)) {
                    return true;
                }
                continue;
            }
            var folded = fold(text);
            var foldedWanted = fold(wanted);
            if (param.isContains() ? folded.contains(foldedWanted) : startsWord(folded, foldedWanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWord(String text, String prefix) {
        if (text.startsWith(prefix)) {
            return true;
        }
        for (var word : text.split("[\\s,.-]+")) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT)
                .strip();
    }
}
