package org.wuzhenkiosk.content;

import java.util.List;

/** The kinds of value a content field can hold; {@link ContentSchema} builds the record shapes from them. */
public sealed interface FieldType {

    /** A plain string, optionally of a known format. */
    record Text(Format format) implements FieldType {
    }

    /**
     * A word the folder itself defines in another list (an offered language, a theme, a country code …); the schemas
     * list the folder's words, the validator names the list it is missing from.
     */
    record Word(Vocabulary.Kind kind) implements FieldType {
    }

    /** A whole number within bounds. */
    record Whole(int min, int max) implements FieldType {
    }

    /** A decimal number within bounds, e.g. a latitude; {@code quantity} names it in messages. */
    record Decimal(double min, double max, String quantity) implements FieldType {
    }

    record Flag() implements FieldType {
    }

    /** A visitor-facing text in every offered language: {"zh": "…", "en": "…"}. */
    record Localized() implements FieldType {
    }

    /** One of a few fixed words. */
    record Choice(List<String> values) implements FieldType {
    }

    /** A list of values of one type. */
    record ListOf(FieldType item, int minItems) implements FieldType {
    }

    /** An object with named fields: one record of the content. */
    record Shape(String name, String description, List<Field> fields) implements FieldType {
        public Field field(String fieldName) {
            return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst().orElse(null);
        }
    }

    /** One field of a shape, with the example that staff see in messages and in their editor. */
    record Field(String name, FieldType type, boolean required, String description, String example) {
    }

    /** Formats a text field can have, each with the pattern the JSON Schema states and a human description. */
    enum Format {
        ANY("\\S", "a text"),
        ID("^[a-z0-9]+(-[a-z0-9]+)*$", "lower-case words joined by hyphens, e.g. \"wic-2014\""),
        /** Spaces around a date are forgiven (PartialDate trims them). */
        DATE("^\\s*\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?\\s*$",
                "a date written YYYY-MM-DD (or YYYY-MM, or YYYY), e.g. \"2014-11-19\""),
        URL("^https?://\\S+$", "a web address starting with https:// or http://"),
        LANGUAGE("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "a language code such as \"zh\", \"en\" or \"ar\""),
        COUNTRY("^[A-Z]{2}$", "a two-letter ISO 3166-1 country code such as \"CN\" or \"TH\""),
        /** Relative, with / between folders, inside the folder: no drive, no leading /, no .., no backslash, no URL. */
        MEDIA_PATH("^(?![A-Za-z]:)(?![/\\\\])(?!.*\\\\)(?![A-Za-z][A-Za-z0-9+.-]+:)(?!(.*/)?\\.\\.(/|$)).*\\S.*$",
                "a path inside the content folder, with / between folders, such as \"media/cases/x.png\"");

        public final String pattern;
        public final String description;

        Format(String pattern, String description) {
            this.pattern = pattern;
            this.description = description;
        }
    }
}
