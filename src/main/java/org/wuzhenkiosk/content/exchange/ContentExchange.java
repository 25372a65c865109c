package org.wuzhenkiosk.content.exchange;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.wuzhenkiosk.content.BundledContent;
import org.wuzhenkiosk.content.ContentSchema;
import org.wuzhenkiosk.content.ContentSchema.ContentFile;
import org.wuzhenkiosk.content.ContentValidator;
import org.wuzhenkiosk.content.FieldType.Field;
import org.wuzhenkiosk.content.Wording;

/**
 * {@code --export-content} and {@code --import-content}: a content folder as a workbook staff edit in Excel,
 * LibreOffice or WPS (or as CSV files), and the workbook back as a content folder. An import is checked by the
 * validator in a folder of its own first; only content without errors replaces the folder's files.
 */
public final class ContentExchange {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private ContentExchange() {
    }

    /** What staff must be told when content or a workbook cannot be read at all, in their language. */
    public static final class ExchangeException extends Exception {
        private final transient Wording says;

        public ExchangeException(Wording says) {
            super(says.in(Wording.ENGLISH));
            this.says = says;
        }

        /** The message in {@code language}. */
        public String in(String language) {
            return says.in(language);
        }
    }

    /** What was exported: how many rows each sheet got, and anything the sheets could not hold. */
    public record ExportResult(Map<String, Integer> rows, List<Wording> notes) {
    }

    /** What an import found and whether it wrote the content files. */
    public record ImportResult(boolean written, List<SheetProblem> problems, List<String> files) {
        public List<SheetProblem> errors() {
            return problems.stream().filter(SheetProblem::isError).toList();
        }
    }

    /** Writes the content of {@code contentDir} as {@code target}: an .xlsx workbook, or else a folder of CSVs. */
    public static ExportResult export(Path contentDir, Path target) throws IOException, ExchangeException {
        Map<ContentFile, JsonObject> files = new LinkedHashMap<>();
        for (ContentFile file : ContentSchema.FILES) {
            Path path = contentDir.resolve(file.name());
            if (!Files.exists(path) && file.equals(ContentSchema.COUNTRIES_JSON)) {
                path = BundledContent.root().resolve(file.name());
            }
            if (Files.exists(path)) {
                files.put(file, readJson(path, file));
            } else if (file.required()) {
                throw new ExchangeException(Wording.of("exchange.no.content", contentDir.resolve(file.name())));
            }
        }
        ContentSheets.Export export = ContentSheets.toSheets(files);
        List<Wording> notes = new ArrayList<>(export.notes());
        checkCellLengths(export.sheets());
        if (isWorkbook(target)) {
            Path temporary = sibling(target);
            try (OutputStream out = Files.newOutputStream(temporary)) {
                XlsxFormat.write(export.sheets(), out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } else if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(CsvFormat.EXTENSION)) {
            throw new ExchangeException(Wording.of("exchange.csv.folder", target,
                    target.resolveSibling("content-csv")));
        } else {
            CsvFormat.write(export.sheets(), target);
        }
        Map<String, Integer> rows = new LinkedHashMap<>();
        export.sheets().forEach(sheet -> rows.put(sheet.name(), sheet.rows().size()));
        return new ExportResult(rows, notes);
    }

    /**
     * Reads a workbook (or a folder of CSVs), checks the content it makes together with the media of
     * {@code contentDir}, and only when nothing is wrong writes its content files into {@code contentDir}.
     */
    public static ImportResult importInto(Path source, Path contentDir) throws IOException, ExchangeException {
        List<Sheet> sheets = readSheets(source);
        ContentSheets.Assembly assembly = ContentSheets.fromSheets(sheets);
        List<SheetProblem> problems = new ArrayList<>(assembly.problems());
        if (assembly.hasErrors()) {
            return new ImportResult(false, problems, List.of());
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<ContentFile, JsonObject> file : assembly.files().entrySet()) {
            if (isBundledTableFor(file.getKey(), file.getValue(), contentDir)) {
                continue;
            }
            JsonObject root = withFileFields(file.getValue(), contentDir.resolve(file.getKey().name()), file.getKey());
            texts.put(file.getKey().name(), GSON.toJson(root) + "\n");
        }
        Path stage = Files.createTempDirectory("wuzhen-import-");
        try {
            if (Files.isDirectory(contentDir)) {
                mirror(contentDir, stage, texts.keySet());
            }
            for (Map.Entry<String, String> text : texts.entrySet()) {
                Files.writeString(stage.resolve(text.getKey()), text.getValue(), StandardCharsets.UTF_8);
            }
            ContentValidator.Report report = ContentValidator.validate(stage);
            report.problems().forEach(problem -> problems.add(assembly.locations().locate(problem)));
            if (report.hasErrors()) {
                return new ImportResult(false, problems, List.of());
            }
        } finally {
            delete(stage);
        }
        Files.createDirectories(contentDir);
        for (Map.Entry<String, String> text : texts.entrySet()) {
            Path target = contentDir.resolve(text.getKey());
            Path temporary = sibling(target);
            Files.writeString(temporary, text.getValue(), StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return new ImportResult(true, problems, List.copyOf(texts.keySet()));
    }

    static List<Sheet> readSheets(Path source) throws IOException, ExchangeException {
        if (Files.isDirectory(source)) {
            List<Sheet> sheets = CsvFormat.read(source);
            if (sheets.isEmpty()) {
                throw new ExchangeException(Wording.of("exchange.no.csv", source));
            }
            return sheets;
        }
        if (!Files.isRegularFile(source)) {
            throw new ExchangeException(Wording.of("exchange.no.source", source));
        }
        SheetLimits.checkBytes(source);
        byte[] start;
        try (InputStream in = Files.newInputStream(source)) {
            start = in.readNBytes(8);
        }
        if (XlsxFormat.looksLikeOldExcel(start)) {
            throw new ExchangeException(Wording.of("exchange.xls", source));
        }
        if (!XlsxFormat.looksLikeXlsx(start)) {
            throw new ExchangeException(Wording.of("exchange.not.xlsx", source));
        }
        try {
            return XlsxFormat.read(source);
        } catch (ExchangeException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ExchangeException(Wording.of("exchange.unreadable.xlsx", source, String.valueOf(e.getMessage())));
        }
    }

    private static boolean isWorkbook(Path target) {
        return target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    private static JsonObject readJson(Path path, ContentFile file) throws IOException, ExchangeException {
        try {
            JsonElement tree = JsonParser.parseString(Files.readString(path, StandardCharsets.UTF_8));
            if (tree instanceof JsonObject object) {
                return object;
            }
        } catch (JsonParseException | IOException e) {
            throw new ExchangeException(Wording.of("exchange.unreadable.json", path, String.valueOf(e.getMessage())));
        }
        throw new ExchangeException(Wording.of("exchange.not.object", path, file.name()));
    }

    /**
     * Whether the countries sheet is still the bundled table that the export put there for a folder without
     * countries.json: the folder keeps using the bundled table rather than a copy of it.
     */
    private static boolean isBundledTableFor(ContentFile file, JsonObject root, Path contentDir) {
        if (!file.equals(ContentSchema.COUNTRIES_JSON) || Files.exists(contentDir.resolve(file.name()))) {
            return false;
        }
        try {
            JsonObject bundled = readJson(BundledContent.root().resolve(file.name()), file);
            return root.get("countries").equals(bundled.get("countries"));
        } catch (IOException | ExchangeException e) {
            return false;
        }
    }

    /** A file's own notes that no sheet holds (countries.json's "source") stay as they were in the folder. */
    private static JsonObject withFileFields(JsonObject root, Path existing, ContentFile file) {
        if (!Files.isRegularFile(existing)) {
            return root;
        }
        try {
            if (JsonParser.parseString(Files.readString(existing, StandardCharsets.UTF_8)) instanceof JsonObject old) {
                for (Map.Entry<String, JsonElement> member : old.entrySet()) {
                    Field field = file.shape().field(member.getKey());
                    if (field != null && !root.has(member.getKey()) && SheetLayout.recordsOf(field.type()) == null
                            && member.getValue().isJsonPrimitive()) {
                        root.add(member.getKey(), member.getValue());
                    }
                }
                return FieldOrder.of(root, file.shape());
            }
        } catch (IOException | JsonParseException e) {
            // the file is replaced whole: its notes cannot be read, and the workbook's content is what counts
        }
        return root;
    }

    private static void checkCellLengths(List<Sheet> sheets) throws ExchangeException {
        List<Wording> tooLong = new ArrayList<>();
        for (Sheet sheet : sheets) {
            for (Sheet.Row row : sheet.rows()) {
                row.values().forEach((column, value) -> {
                    if (value instanceof String text && text.length() > XlsxFormat.MAX_CELL_TEXT) {
                        tooLong.add(Wording.of("exchange.cell.long.one", sheet.cell(sheet.columns().indexOf(column),
                                row.number()), column, text.length()));
                    }
                });
            }
        }
        if (!tooLong.isEmpty()) {
            throw new ExchangeException(Wording.of("exchange.cell.long", XlsxFormat.MAX_CELL_TEXT, tooLong));
        }
    }

    /** Every file of the content folder but the ones the import writes, linked (or copied) for the check. */
    private static void mirror(Path from, Path to, Set<String> replaced) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path relative = from.relativize(file);
                if (relative.getNameCount() == 1 && replaced.contains(relative.toString())) {
                    return FileVisitResult.CONTINUE;
                }
                Path copy = to.resolve(relative.toString());
                if (attributes.isRegularFile()) {
                    try {
                        Files.createLink(copy, file);
                        return FileVisitResult.CONTINUE;
                    } catch (IOException | UnsupportedOperationException e) {
                        // another disk, or a file system without hard links: a copy checks the same
                    }
                }
                Files.copy(file, copy, LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** A hidden file beside {@code target}: the content watcher ignores it until it is moved into place. */
    private static Path sibling(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + ".part");
    }
}
