package org.wuzhenkiosk.content;

/** A point on the map; {@code editorial} marks a pin chosen to stand for an area (e.g. Manaus for the Amazon). */
public record Place(String id, LocalizedText name, double lat, double lon, String country, boolean editorial) {

    public Place {
        name = name == null ? LocalizedText.EMPTY : name;
    }
}
