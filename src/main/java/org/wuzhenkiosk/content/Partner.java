package org.wuzhenkiosk.content;

/** An organisation taking part in a case, with the ISO 3166-1 alpha-2 code of its country. */
public record Partner(LocalizedText name, String country) {

    public Partner {
        name = name == null ? LocalizedText.EMPTY : name;
    }
}
