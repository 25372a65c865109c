package org.wuzhenkiosk.content;

/** A named group the content declares: a kind of event, a theme or a region. */
public record Category(String id, LocalizedText label) {

    public Category {
        label = label == null ? LocalizedText.EMPTY : label;
    }
}
