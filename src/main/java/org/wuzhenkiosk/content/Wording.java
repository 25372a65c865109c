package org.wuzhenkiosk.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A message for staff, by key and arguments, written out in the staff's language from
 * {@code content/problems_<language>.properties} ({0}, {1} … stand for the arguments). An argument may be a
 * wording itself, a list (joined the way the language joins them) or a {@link #quoted} list of words; anything
 * else is written as it is. Languages without a bundle read English.
 */
public record Wording(String key, List<Object> args) {

    public static final String ENGLISH = "en";
    private static final String BUNDLE = "org.wuzhenkiosk.content.problems";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<String, Optional<ResourceBundle>> BUNDLES = new ConcurrentHashMap<>();

    public Wording {
        args = List.copyOf(args.stream().map(a -> a == null ? "null" : a).toList());
    }

    public static Wording of(String key, Object... args) {
        return new Wording(key, Arrays.asList(args));
    }

    /** Words in quotes, such as ids or codes: "zh", "en" (in Chinese “zh”、“en”). */
    public static Wording quoted(Collection<String> words) {
        return new Wording(null, List.of(new Quoted(List.copyOf(words))));
    }

    /** Parts joined the way {@code language} joins the parts of a name: "case 3 (x), title.en". */
    public static Wording joined(List<Object> parts) {
        return new Wording(null, List.of(new Joined(List.copyOf(parts))));
    }

    /** Words offered as alternatives: "case or event" (in Chinese "案例或事件"). */
    public static Wording either(Collection<String> words) {
        return new Wording(null, List.of(new Either(List.copyOf(words))));
    }

    /** The languages staff messages are written in: English, then each language the kiosk has a bundle for. */
    public static List<String> languages() {
        return Written.LANGUAGES;
    }

    /** Found once, when first asked: every ISO 639 language is looked for, so a new bundle needs no list to edit. */
    private static final class Written {
        static final List<String> LANGUAGES = Stream.concat(Stream.of(ENGLISH), Arrays.stream(
                Locale.getISOLanguages()).sorted().filter(l -> !l.equals(ENGLISH) && written(l))).toList();
    }

    /** The message in {@code language}, English where that language has no bundle or no such key. */
    public String in(String language) {
        if (key == null) {
            return render(args.get(0), language);
        }
        String template = template(language, key).or(() -> template(ENGLISH, key)).orElse(key);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char ch = template.charAt(i);
            int close = ch == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(template.substring(i + 1, close));
                out.append(index < args.size() ? render(args.get(index), language) : "");
                i = close;
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** Whether {@code language} has a bundle of staff messages of its own. */
    public static boolean written(String language) {
        return bundle(language).isPresent();
    }

    @Override
    public String toString() {
        return in(ENGLISH);
    }

    private static String render(Object arg, String language) {
        if (arg instanceof Wording wording) {
            return wording.in(language);
        }
        if (arg instanceof Quoted quoted) {
            String open = template(language, "quote.open").orElse("\"");
            String close = template(language, "quote.close").orElse("\"");
            return quoted.words().stream().map(w -> open + w + close)
                    .collect(Collectors.joining(template(language, "list.separator").orElse(", ")));
        }
        if (arg instanceof Either either) {
            return String.join(template(language, "or.separator").orElse(" or "), either.words());
        }
        if (arg instanceof Joined joined) {
            List<String> parts = new ArrayList<>();
            joined.parts().forEach(part -> parts.add(render(part, language)));
            return String.join(template(language, "name.separator").orElse(", "), parts);
        }
        if (arg instanceof Collection<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(item -> parts.add(render(item, language)));
            return String.join(template(language, "list.separator").orElse(", "), parts);
        }
        return String.valueOf(arg);
    }

    private static Optional<String> template(String language, String key) {
        try {
            return bundle(language).map(b -> b.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static Optional<ResourceBundle> bundle(String language) {
        return BUNDLES.computeIfAbsent(language == null ? ENGLISH : language, code -> {
            try {
                return Optional.of(ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(code), NO_FALLBACK));
            } catch (MissingResourceException e) {
                return Optional.empty();
            }
        });
    }

    /** The parts of a name. */
    private record Joined(List<Object> parts) {
    }

    /** Words of which one is meant. */
    private record Either(List<String> words) {
    }

    /** Words to write in quotes. */
    private record Quoted(List<String> words) {
    }
}
