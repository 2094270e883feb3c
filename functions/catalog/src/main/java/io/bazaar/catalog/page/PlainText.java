package io.bazaar.catalog.page;

import org.jsoup.Jsoup;

/** The readable text of a description, for meta tags and structured data that must not carry markup. */
final class PlainText {

    private PlainText() {
    }

    static String of(String html) {
        return html == null || html.isBlank() ? "" : Jsoup.parseBodyFragment(html).text();
    }

    /** At most {@code max} characters, cut at a word boundary with an ellipsis when shortened. */
    static String shortened(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String cut = text.substring(0, max - 1);
        int space = cut.lastIndexOf(' ');
        return (space > max / 2 ? cut.substring(0, space) : cut).stripTrailing() + "…";
    }
}
