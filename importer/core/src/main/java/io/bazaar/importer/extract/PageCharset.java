package io.bazaar.importer.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the charset to decode a page with: the HTTP Content-Type charset, else a byte order mark, else a
 * meta charset or http-equiv declaration in the first 4 KB, else UTF-8. Labels map to the supersets browsers
 * use (GB2312 and GBK decode as GB18030, Shift_JIS as windows-31j, ISO-8859-1 as windows-1252).
 */
public final class PageCharset {

    private static final int SNIFF_BYTES = 4096;
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    private static final Map<String, String> SUPERSETS = Map.of("gb2312", "GB18030", "gbk", "GB18030",
            "x-gbk", "GB18030", "shift_jis", "windows-31j", "sjis", "windows-31j", "x-sjis", "windows-31j",
            "iso-8859-1", "windows-1252", "latin1", "windows-1252", "us-ascii", "windows-1252");

    private PageCharset() {
    }

    /** The charset and how many leading bytes (a byte order mark) to skip. */
    record Decision(Charset charset, int skip) {
    }

    static Decision of(byte[] body, Map<String, List<String>> headers) {
        Optional<Charset> declared = headers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase("content-type"))
                .flatMap(e -> e.getValue().stream()).map(HEADER_CHARSET::matcher).filter(Matcher::find)
                .map(m -> charset(m.group(1))).flatMap(Optional::stream).findFirst();
        if (declared.isPresent()) {
            return new Decision(declared.get(), bomLength(body, declared.get()));
        }
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return new Decision(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return new Decision(StandardCharsets.UTF_16BE, 2);
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return new Decision(StandardCharsets.UTF_16LE, 2);
        }
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        while (meta.find()) {
            Optional<Charset> charset = charset(meta.group(1));
            if (charset.isPresent()) {
                return new Decision(charset.get(), 0);
            }
        }
        return new Decision(StandardCharsets.UTF_8, 0);
    }

    /** The text of the page's first {@code maxBytes} bytes (all of it when shorter), decoded as {@link #of} decides. */
    public static String decode(byte[] body, int maxBytes, Map<String, List<String>> headers) {
        Decision decision = of(body, headers);
        int end = Math.min(body.length, Math.max(maxBytes, decision.skip()));
        return new String(body, decision.skip(), end - decision.skip(), decision.charset());
    }

    private static Optional<Charset> charset(String label) {
        String name = SUPERSETS.getOrDefault(label.toLowerCase(Locale.ROOT), label);
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int bomLength(byte[] body, Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) && startsWith(body, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
