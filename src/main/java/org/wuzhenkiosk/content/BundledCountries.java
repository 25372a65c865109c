package org.wuzhenkiosk.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The country-name table that ships with the kiosk, used by content folders that bring none of their own. */
public final class BundledCountries {

    private static volatile Map<String, Country> table;

    private BundledCountries() {
    }

    public static Map<String, Country> table() {
        Map<String, Country> loaded = table;
        if (loaded == null) {
            try {
                record CountriesFile(List<Country> countries) {
                }
                loaded = ContentLoader.index(ContentLoader.read(BundledContent.root(),
                        ContentSchema.COUNTRIES_JSON, CountriesFile.class).countries());
            } catch (IOException e) {
                throw new UncheckedIOException("the bundled countries.json cannot be read", e);
            }
            table = loaded;
        }
        return loaded;
    }

    public static Set<String> codes() {
        return table().keySet();
    }
}
