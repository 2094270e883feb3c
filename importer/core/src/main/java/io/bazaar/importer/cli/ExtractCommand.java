package io.bazaar.importer.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bazaar.importer.crawl.Crawler;
import io.bazaar.importer.crawl.FetchResult;
import io.bazaar.importer.crawl.Validators;
import io.bazaar.importer.extract.Listing;
import io.bazaar.importer.extract.ProductExtractor;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code bazaar-import extract}: one JSON object per page given as a file or URL; a bad page never stops the rest. */
final class ExtractCommand {

    private static final Pattern URL_ARGUMENT = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    private final Crawler crawler;

    ExtractCommand(Crawler crawler) {
        this.crawler = crawler;
    }

    /** The objects for the pages, in argument order; each has "error" when its page gave no product. */
    List<ObjectNode> run(List<String> pages, Optional<URI> baseUrl) {
        List<ObjectNode> results = new ArrayList<>();
        for (String page : pages) {
            ObjectNode result = ListingJson.object();
            boolean isUrl = URL_ARGUMENT.matcher(page).matches() && !Files.exists(Path.of(page));
            result.put(isUrl ? "url" : "file", page);
            try {
                Optional<Listing> listing = isUrl ? fromUrl(page) : fromFile(Path.of(page), baseUrl);
                if (listing.isPresent()) {
                    ListingJson.of(listing.get(), result);
                } else {
                    result.put("error", "no product found");
                }
            } catch (PageUnreadable e) {
                result.put("error", e.getMessage());
            }
            results.add(result);
        }
        return results;
    }

    private Optional<Listing> fromUrl(String page) throws PageUnreadable {
        URI url;
        try {
            url = new URI(page);
        } catch (URISyntaxException e) {
            throw new PageUnreadable("not a URL: " + page);
        }
        FetchResult fetched = crawler.fetchPage(url, Validators.NONE);
        if (!fetched.fetched()) {
            throw new PageUnreadable(fetched.reason());
        }
        return ProductExtractor.extract(fetched.body(), fetched.finalUrl(), fetched.headers());
    }

    private static Optional<Listing> fromFile(Path file, Optional<URI> baseUrl) throws PageUnreadable {
        try {
            byte[] body = Files.readAllBytes(file);
            return ProductExtractor.extract(body, baseUrl.orElse(file.toAbsolutePath().toUri()), Map.of());
        } catch (IOException e) {
            throw new PageUnreadable("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** A page that could not or must not be read; reported as that page's "error", the other pages go on. */
    private static final class PageUnreadable extends Exception {
        PageUnreadable(String message) {
            super(message);
        }
    }
}
