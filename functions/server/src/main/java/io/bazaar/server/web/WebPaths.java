package io.bazaar.server.web;

import java.util.regex.Pattern;

/** Which request paths may be web pages, and which single-page app a path belongs to. */
final class WebPaths {

    /**
     * Every path except those the server answers itself: the API, Quarkus' /q/ endpoints, jobs, server-rendered product
     * pages and sitemaps, robots.txt and anything under {@code /_}. A file of the web build never shadows one of them.
     */
    static final String WEB_PAGE_REGEX =
            "^(?!/(api|q|p|internal|sitemaps)(/|$)|/sitemap\\.xml$|/robots\\.txt$|/_).*";

    static final String ASSETS = "/assets/";
    static final String CONSOLE = "/console";
    static final String STOREFRONT_INDEX = "/index.html";
    static final String CONSOLE_INDEX = "/console/index.html";

    private static final Pattern WEB_PAGE = Pattern.compile(WEB_PAGE_REGEX);

    private WebPaths() {
    }

    static boolean mayBeWebPage(String path) {
        return WEB_PAGE.matcher(path).matches();
    }

    /** The index page of the app that handles {@code path} in history mode. */
    static String indexFor(String path) {
        return path.equals(CONSOLE) || path.startsWith(CONSOLE + "/") ? CONSOLE_INDEX : STOREFRONT_INDEX;
    }

    /** Vite puts a content hash in every file name under assets/, so such a file never changes. */
    static boolean isHashedAsset(String path) {
        return path.startsWith(ASSETS);
    }
}
