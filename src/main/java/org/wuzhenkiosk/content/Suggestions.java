package org.wuzhenkiosk.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …": the closest known word to a misspelt one. */
public final class Suggestions {

    private Suggestions() {
    }

    /** Words this short are codes ("en", "TH"): one letter off is another code, not a typo of this one. */
    private static final int CODE_LENGTH = 3;

    /**
     * The candidate nearest to {@code word}, if it is close enough to be a likely typo: a third of its letters
     * (one to three) may differ; for a code of three letters or fewer, only upper and lower case.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(c -> !c.equals(word))
                .min(Comparator.comparingInt(c -> distance(lower, c.toLowerCase(Locale.ROOT))))
                .filter(c -> distance(lower, c.toLowerCase(Locale.ROOT)) <= allowed(c));
    }

    private static int allowed(String candidate) {
        return candidate.length() <= CODE_LENGTH ? 0 : Math.max(1, Math.min(3, candidate.length() / 3));
    }

    /**
     * Levenshtein distance: the fewest one-character insertions, deletions and substitutions that turn {@code a}
     * into {@code b}. Computed row by row over {@code b}, keeping only the previous row: the words are short.
     */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
