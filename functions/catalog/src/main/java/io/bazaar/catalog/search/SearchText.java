package io.bazaar.catalog.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Splits shop text into what PostgreSQL full-text search can index without extensions: words of alphabetic
 * scripts go to the 'english' configuration (stemming), while Chinese, Japanese and Korean text, written without
 * spaces, becomes overlapping character bigrams plus single characters (the CJK bigram scheme of Lucene's
 * CJKAnalyzer), indexed with the 'simple' configuration. Queries are split the same way, so "蓝牙耳机" finds
 * "无线蓝牙耳机" and "running shoes" finds "Running Shoe".
 */
public record SearchText(String words, String cjkTokens) {

    public static SearchText of(String text) {
        if (text == null || text.isBlank()) {
            return new SearchText("", "");
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder words = new StringBuilder();
        Set<String> cjk = new LinkedHashSet<>();
        StringBuilder run = new StringBuilder();
        normal.codePoints().forEach(cp -> {
            if (isCjk(cp)) {
                run.appendCodePoint(cp);
                words.append(' ');
            } else {
                addRun(run, cjk);
                words.appendCodePoint(cp);
            }
        });
        addRun(run, cjk);
        return new SearchText(words.toString().replaceAll("\\s+", " ").trim(), String.join(" ", cjk));
    }

    /** Query tokens of the CJK part: bigrams where the text has two or more characters, else the single one. */
    public static Set<String> queryCjkTokens(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder run = new StringBuilder();
        normal.codePoints().forEach(cp -> {
            if (isCjk(cp)) {
                run.appendCodePoint(cp);
            } else {
                addQueryRun(run, tokens);
            }
        });
        addQueryRun(run, tokens);
        return tokens;
    }

    public boolean isEmpty() {
        return words.isEmpty() && cjkTokens.isEmpty();
    }

    private static void addRun(StringBuilder run, Set<String> tokens) {
        int[] cps = run.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            tokens.add(new String(cps, i, 1));
            if (i + 1 < cps.length) {
                tokens.add(new String(cps, i, 2));
            }
        }
        run.setLength(0);
    }

    private static void addQueryRun(StringBuilder run, Set<String> tokens) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            tokens.add(new String(cps, 0, 1));
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            tokens.add(new String(cps, i, 2));
        }
        run.setLength(0);
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
