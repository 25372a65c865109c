package org.wuzhenkiosk.content;

/** A language the exhibition offers: its code (BCP 47, e.g. "zh", "en", "ar"), its own name and writing direction. */
public record Language(String code, String name, String direction) {

    public Language {
        direction = direction == null ? "ltr" : direction;
        name = name == null ? code : name;
    }

    public boolean rightToLeft() {
        return "rtl".equals(direction);
    }
}
