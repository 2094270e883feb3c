package io.bazaar.importer.extract;

import java.net.URI;
import java.util.Optional;
import org.jsoup.nodes.Document;

/** One way a page can state its product; the extractor asks each in turn until one names a product. */
interface ListingSource {

    Optional<Listing> extract(Document page, URI url);
}
