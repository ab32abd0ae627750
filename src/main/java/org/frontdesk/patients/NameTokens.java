package org.frontdesk.patients;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * How names are compared: folded to plain lower-case letters (accents, apostrophes and hyphens dropped), and
 * keyed by Double Metaphone so that sound-alike spellings (Jon/John, Smyth/Smith) meet.
 */
final class NameTokens {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    static {
        METAPHONE.setMaxCodeLen(6);
    }

    private NameTokens() {}

    /** "Mary-Ann O'Brien" gives mary, ann, maryann, obrien. */
    static List<String> tokens(String name) {
        var folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        var tokens = new LinkedHashSet<String>();
        for (var word : folded.split("\\s+")) {
            var parts = word.split("-");
            var joined = new StringBuilder();
            for (var part : parts) {
                var letters = part.replaceAll("[^a-z]", "");
                if (!letters.isEmpty()) {
                    tokens.add(letters);
                    joined.append(letters);
                }
            }
            if (parts.length > 1 && !joined.isEmpty()) {
                tokens.add(joined.toString());
            }
        }
        return List.copyOf(tokens);
    }

    static Set<String> phoneticKeys(String token) {
        var keys = new LinkedHashSet<String>();
        var primary = METAPHONE.doubleMetaphone(token);
        if (primary != null && !primary.isEmpty()) {
            keys.add(primary);
        }
        var alternate = METAPHONE.doubleMetaphone(token, true);
        if (alternate != null && !alternate.isEmpty()) {
            keys.add(alternate);
        }
        return keys;
    }

    /** Edit distance, for telling a likely duplicate from a different person born the same day. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Same person's name, written a little differently? */
    static boolean similar(String a, String b) {
        var left = String.join("", tokens(a));
        var right = String.join("", tokens(b));
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        if (left.equals(right) || left.startsWith(right) || right.startsWith(left)) {
            return true;
        }
        int allowed = Math.max(left.length(), right.length()) >= 6 ? 2 : 1;
        if (distance(left, right) <= allowed) {
            return true;
        }
        var leftKeys = phoneticKeys(left);
        return phoneticKeys(right).stream().anyMatch(leftKeys::contains);
    }
}
