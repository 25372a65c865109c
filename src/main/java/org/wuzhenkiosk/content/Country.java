package org.wuzhenkiosk.content;

/**
 * A country or territory: ISO 3166-1 codes and its name in each language; {@code partOf} names the country a
 * territory belongs to (TW, HK, MO: CN), so the map colours and taps it with that country.
 */
public record Country(String code, String alpha3, String numeric, LocalizedText name, String partOf) {

    public Country {
        name = name == null ? LocalizedText.EMPTY : name;
    }
}
