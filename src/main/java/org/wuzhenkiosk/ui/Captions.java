package org.wuzhenkiosk.ui;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The words of a narration shown as they are read, a sentence at a time, for visitors who cannot hear it. The
 * recordings carry no timings, so each sentence is given the share of the recording its length takes of the
 * transcript: a steady reader's pace.
 */
public final class Captions extends Label {

    /**
     * Captions of {@code transcript}, written in {@code language}, at {@code position} of a recording
     * {@code length} long; shown only while {@code showing}.
     */
    public Captions(ObservableValue<String> transcript, String language, ObservableValue<Duration> position,
                    ObservableValue<Duration> length, ObservableValue<Boolean> showing) {
        getStyleClass().add("captions");
        setWrapText(true);
        setMinHeight(Region.USE_PREF_SIZE);
        setAccessibleRole(AccessibleRole.TEXT);
        Locale locale = Locale.forLanguageTag(language);
        textProperty().bind(Bindings.createStringBinding(() -> !Boolean.TRUE.equals(showing.getValue()) ? ""
                : sentenceAt(transcript.getValue(), locale, fraction(position.getValue(), length.getValue())),
                transcript, position, length, showing));
        visibleProperty().bind(textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }

    private static double fraction(Duration position, Duration length) {
        if (position == null || length == null || length.isUnknown() || length.isIndefinite()
                || length.lessThanOrEqualTo(Duration.ZERO)) {
            return 0;
        }
        return Math.max(0, Math.min(1, position.toMillis() / length.toMillis()));
    }

    /** The sentence of {@code text} being read when {@code fraction} of the recording has played. */
    static String sentenceAt(String text, Locale locale, double fraction) {
        if (text == null || text.isBlank()) {
            return "";
        }
        List<String> sentences = sentences(text, locale);
        int total = sentences.stream().mapToInt(String::length).sum();
        double reached = fraction * total;
        int read = 0;
        for (String sentence : sentences) {
            read += sentence.length();
            if (reached < read) {
                return sentence;
            }
        }
        return sentences.get(sentences.size() - 1);
    }

    /** The sentences of {@code text} as the JDK's rules for its language cut them (。 as well as . ! ?). */
    static List<String> sentences(String text, Locale locale) {
        BreakIterator cuts = BreakIterator.getSentenceInstance(locale);
        cuts.setText(text);
        List<String> sentences = new ArrayList<>();
        for (int start = cuts.first(), end = cuts.next(); end != BreakIterator.DONE; start = end, end = cuts.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences.isEmpty() ? List.of(text.strip()) : sentences;
    }
}
