package org.wuzhenkiosk.content;

/**
 * An organisation taking part in a case. A national partner names the ISO 3166-1 alpha-2 code of its country; an
 * international organisation ({@code kind} "organization", e.g. ITU) has no country and counts for none.
 */
public record Partner(LocalizedText name, String kind, String country) {

    public static final String ORGANIZATION = "organization";

    public Partner {
        name = name == null ? LocalizedText.EMPTY : name;
    }

    public boolean isInternationalOrganization() {
        return ORGANIZATION.equals(kind);
    }
}
