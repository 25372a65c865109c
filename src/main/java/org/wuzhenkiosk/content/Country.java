package org.wuzhenkiosk.content;

/** A country or territory: ISO 3166-1 codes and its name in each language. */
public record Country(String code, String alpha3, String numeric, LocalizedText name) {

    public Country {
        name = name == null ? LocalizedText.EMPTY : name;
    }
}
