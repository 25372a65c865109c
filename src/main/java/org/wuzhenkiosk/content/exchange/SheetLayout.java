package org.wuzhenkiosk.content.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wuzhenkiosk.content.ContentSchema;
import org.wuzhenkiosk.content.ContentSchema.ContentFile;
import org.wuzhenkiosk.content.FieldType;
import org.wuzhenkiosk.content.FieldType.Field;
import org.wuzhenkiosk.content.FieldType.ListOf;
import org.wuzhenkiosk.content.FieldType.Localized;
import org.wuzhenkiosk.content.FieldType.Shape;

/**
 * Which sheet holds which records, and their columns, read off {@link ContentSchema}: a field added there gets
 * its column here. Records listed in a file (events, cases, countries, the exhibition itself) have a sheet each;
 * records inside them (places, partners, media, sources, languages, kinds, themes, regions) have a sheet each too,
 * whose rows name their owner in an {@code event} or {@code case} column.
 */
final class SheetLayout {

    /** In a child sheet, which field of its owner a row belongs to when the owner has several (a case's cover). */
    static final String FIELD_COLUMN = "field";
    static final String SCHEMA_LINK = "$schema";

    /**
     * One sheet of records.
     *
     * @param file      the content file whose records the sheet lists; null for records inside other records,
     *                  which end up in their owner's file
     * @param listField for records listed in the file: the list's field ({@code events}); null for the file's
     *                  root record and for records inside other records
     * @param word      for sheets whose records own others: the owner column's header in the child sheets
     */
    record SheetSpec(String name, Shape shape, ContentFile file, String listField, String word) {
        boolean isTopLevel() {
            return file != null;
        }
    }

    static final SheetSpec EXHIBITION = new SheetSpec("exhibition", ContentSchema.EXHIBITION,
            ContentSchema.EXHIBITION_JSON, null, null);
    static final SheetSpec EVENTS = new SheetSpec("events", ContentSchema.EVENT, ContentSchema.EVENTS_JSON, "events",
            "event");
    static final SheetSpec CASES = new SheetSpec("cases", ContentSchema.CASE, ContentSchema.CASES_JSON, "cases",
            "case");
    static final SheetSpec COUNTRIES = new SheetSpec("countries", ContentSchema.COUNTRY_SHAPE,
            ContentSchema.COUNTRIES_JSON, "countries", null);
    static final SheetSpec PLACES = child("places", ContentSchema.PLACE);
    static final SheetSpec PARTNERS = child("partners", ContentSchema.PARTNER);
    static final SheetSpec MEDIA = child("media", ContentSchema.MEDIA);
    static final SheetSpec SOURCES = child("sources", ContentSchema.SOURCE);
    static final SheetSpec KINDS = child("kinds", ContentSchema.CATEGORY);
    static final SheetSpec THEMES = child("themes", ContentSchema.CATEGORY);
    static final SheetSpec REGIONS = child("regions", ContentSchema.CATEGORY);
    static final SheetSpec LANGUAGES = child("languages", ContentSchema.LANGUAGE_SHAPE);

    /** Records that hold others, in the order they are read back (owners before what they own). */
    static final List<SheetSpec> TOP_LEVEL = List.of(EXHIBITION, EVENTS, CASES, COUNTRIES);

    /** In workbook order: what staff edit most comes first. */
    static final List<SheetSpec> SHEETS = List.of(EVENTS, CASES, PLACES, PARTNERS, MEDIA, SOURCES, KINDS, THEMES,
            REGIONS, COUNTRIES, EXHIBITION, LANGUAGES);

    /** The exhibition's category lists each have a sheet of their own, though they share one shape. */
    private static final Map<String, SheetSpec> CATEGORY_SHEETS = Map.of("eventKinds", KINDS, "themes", THEMES,
            "regions", REGIONS);
    private static final List<SheetSpec> CHILDREN = List.of(PLACES, PARTNERS, MEDIA, SOURCES, LANGUAGES);

    private SheetLayout() {
    }

    private static SheetSpec child(String name, Shape shape) {
        return new SheetSpec(name, shape, null, null, null);
    }

    static Optional<SheetSpec> byName(String name) {
        return SHEETS.stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The records a field holds, when they are records (a place, a list of sources). */
    static Shape recordsOf(FieldType type) {
        if (type instanceof Shape shape) {
            return shape;
        }
        return type instanceof ListOf list && list.item() instanceof Shape shape ? shape : null;
    }

    /** The sheet that holds the records of {@code field}, if it holds records. */
    static Optional<SheetSpec> sheetOf(Field field) {
        Shape shape = recordsOf(field.type());
        if (shape == null) {
            return Optional.empty();
        }
        if (shape.equals(ContentSchema.CATEGORY)) {
            return Optional.ofNullable(CATEGORY_SHEETS.get(field.name()));
        }
        if (shape.equals(ContentSchema.PICTURE)) {
            return Optional.of(MEDIA); // a cover is media that must be a picture: one sheet for all media
        }
        return CHILDREN.stream().filter(s -> s.shape().equals(shape)).findFirst();
    }

    /** The fields of {@code owner} whose records go to {@code sheet}. */
    static List<Field> fieldsInto(SheetSpec owner, SheetSpec sheet) {
        return owner.shape().fields().stream()
                .filter(f -> sheetOf(f).filter(sheet::equals).isPresent()).toList();
    }

    /** The owner columns of a child sheet: one per kind of record that can own its rows. */
    static List<SheetSpec> ownersOf(SheetSpec sheet) {
        return TOP_LEVEL.stream().filter(owner -> owner.word() != null && !fieldsInto(owner, sheet).isEmpty())
                .toList();
    }

    /** Whether rows must say which field of their owner they fill: a case has a cover and more media. */
    static boolean needsFieldColumn(SheetSpec sheet) {
        return TOP_LEVEL.stream().anyMatch(owner -> fieldsInto(owner, sheet).size() > 1);
    }

    /** The columns a sheet starts with: owners, field, then every field, texts once per language. */
    static List<String> columns(SheetSpec sheet, List<String> languages) {
        Set<String> columns = new LinkedHashSet<>();
        if (!sheet.isTopLevel()) {
            ownersOf(sheet).forEach(owner -> columns.add(owner.word()));
            if (needsFieldColumn(sheet)) {
                columns.add(FIELD_COLUMN);
            }
        }
        for (Field field : sheet.shape().fields()) {
            if (field.name().equals(SCHEMA_LINK) || sheetOf(field).isPresent()
                    || recordsOf(field.type()) != null) {
                continue;
            }
            if (field.type() instanceof Localized) {
                languages.forEach(language -> columns.add(field.name() + "." + language));
            } else {
                columns.add(field.name());
            }
        }
        return new ArrayList<>(columns);
    }

    /** The column that names a record for others: {@code id}, or {@code code} for countries and languages. */
    static boolean isKey(String column) {
        return column.equals("id") || column.equals("code");
    }

    /** Owner and field columns say where a row belongs; they are no field of the record itself. */
    static boolean isPlacement(SheetSpec sheet, String column) {
        return !sheet.isTopLevel() && (column.equals(FIELD_COLUMN)
                || ownersOf(sheet).stream().anyMatch(owner -> owner.word().equals(column)));
    }
}
