package org.wuzhenkiosk.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean …": the closest known word to a misspelt one. */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {
    }

    /** The candidate nearest to {@code word}, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(c -> !c.equals(word))
                .min(Comparator.comparingInt(c -> distance(lower, c)))
                .filter(c -> distance(lower, c) <= Math.max(1, Math.min(3, c.length() / 3)));
    }

    private static int distance(String lowerWord, String candidate) {
        return DISTANCE.apply(lowerWord, candidate.toLowerCase(Locale.ROOT));
    }
}
