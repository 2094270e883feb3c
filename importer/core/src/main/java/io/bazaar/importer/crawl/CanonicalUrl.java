package io.bazaar.importer.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import io.bazaar.importer.extract.PageCharset;

/**
 * One spelling per page, so a product reached by several URLs is imported once: lower-case scheme and host, no
 * default port, no fragment, no session or tracking parameters, "/" for an empty path; and the page's own
 * {@code <link rel="canonical">} when it names a URL on the same host.
 */
public final class CanonicalUrl {

    private static final int HEAD_BYTES = 256 * 1024;

    private CanonicalUrl() {
    }

    public static URI of(URI url) {
        String scheme = url.getScheme() == null ? null : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || url.getHost() == null) {
            return url;
        }
        int port = url.getPort();
        if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
            port = -1;
        }
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath().replaceAll("(?i);jsessionid=[^/?]*", "");
        String query = url.getRawQuery() == null ? null : Arrays.stream(url.getRawQuery().split("&"))
                .filter(p -> !p.isEmpty() && !isTracking(p.split("=", 2)[0])).collect(Collectors.joining("&"));
        StringBuilder text = new StringBuilder(scheme).append("://").append(url.getHost().toLowerCase(Locale.ROOT));
        if (port != -1) {
            text.append(':').append(port);
        }
        text.append(path);
        if (query != null && !query.isEmpty()) {
            text.append('?').append(query);
        }
        return URI.create(text.toString());
    }

    /** The canonical URL of a fetched page: its declared canonical on the same host, else where the redirects ended. */
    public static URI ofPage(FetchResult page) {
        return declared(page).map(CanonicalUrl::of).orElseGet(() -> of(page.finalUrl()));
    }

    private static Optional<URI> declared(FetchResult page) {
        if (page.body() == null) {
            return Optional.empty();
        }
        String text = PageCharset.decode(page.body(), HEAD_BYTES, page.headers());
        int headEnd = text.toLowerCase(Locale.ROOT).indexOf("</head");
        Element link = Jsoup.parse(headEnd < 0 ? text : text.substring(0, headEnd), page.finalUrl().toString())
                .selectFirst("link[rel~=(?i)^canonical$][href]");
        if (link == null) {
            return Optional.empty();
        }
        try {
            URI canonical = new URI(link.absUrl("href"));
            boolean sameHost = canonical.getHost() != null && canonical.getHost().equalsIgnoreCase(page.finalUrl().getHost());
            boolean web = canonical.getScheme() != null && canonical.getScheme().matches("(?i)https?");
            return sameHost && web ? Optional.of(canonical) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean isTracking(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return key.startsWith("utm_") || key.equals("gclid") || key.equals("fbclid") || key.equals("msclkid")
                || key.equals("mc_cid") || key.equals("mc_eid") || key.equals("yclid") || key.equals("spm")
                || key.equals("sessionid") || key.equals("phpsessid") || key.equals("jsessionid");
    }
}
