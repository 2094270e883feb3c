package io.bazaar.importer.cli;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** A page as the fetcher got it: the URL after redirects, the bytes and the response headers. */
record FetchedPage(URI url, byte[] body, Map<String, List<String>> headers) {
}
