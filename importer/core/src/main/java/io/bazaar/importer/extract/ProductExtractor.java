package io.bazaar.importer.extract;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns a fetched product page into a {@link Listing}, purely from its bytes, URL and headers, so that the
 * crawler, the refresh Lambda and the command line share one extraction and tests need no network.
 */
public final class ProductExtractor {

    private static final List<ListingSource> SOURCES = List.of(new JsonLdSource(), new MicrodataSource(),
            new RdfaSource(), new OpenGraphSource(), new VisiblePageSource());

    private ProductExtractor() {
    }

    /**
     * The product the page offers, from the first source that names it with a price, else from the first that names
     * it at all; empty when none does.
     */
    public static Optional<Listing> extract(byte[] body, URI url, Map<String, List<String>> headers) {
        String html = PageCharset.decode(body, body.length, headers);
        Document page = Jsoup.parse(html, url.toString());
        Optional<Listing> withoutPrice = Optional.empty();
        for (ListingSource source : SOURCES) {
            Optional<Listing> listing = source.extract(page, url).filter(Listing::usable);
            if (listing.isPresent() && listing.get().priced()) {
                return listing;
            }
            // OpenGraph tags often name the page but not its price: a later source may still find the price
            withoutPrice = withoutPrice.or(() -> listing);
        }
        return withoutPrice;
    }
}
