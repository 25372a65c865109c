package org.wuzhenkiosk.content.exchange;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** HTML from a timeline made plain: paragraphs and line breaks kept, tags and entities gone, links listed. */
record HtmlText(String text, List<String> links) {

    private static final String BREAK = "\u2029";

    static HtmlText of(String html) {
        if (html == null || html.isBlank()) {
            return new HtmlText("", List.of());
        }
        Document document = Jsoup.parseBodyFragment(html);
        List<String> links = new ArrayList<>();
        for (Element link : document.select("a[href]")) {
            links.add(link.attr("href"));
        }
        for (Element image : document.select("img[src]")) {
            links.add(image.attr("src"));
        }
        document.select("br").after(BREAK);
        document.select("p, div, li, h1, h2, h3, h4, h5, h6, blockquote, tr").before(BREAK + BREAK);
        String text = document.body().text()
                .replaceAll(" *" + BREAK + " *", BREAK)
                .replaceAll(BREAK + "{3,}", BREAK + BREAK)
                .replace(BREAK, "\n")
                .strip();
        return new HtmlText(text, List.copyOf(links));
    }

    /** The text up to its first blank line: a summary. */
    String firstParagraph() {
        int end = text.indexOf("\n\n");
        return end < 0 ? text : text.substring(0, end);
    }
}
