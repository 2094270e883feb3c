package io.bazaar.importer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Fetches one product page for the command line: GET with a timeout, a size cap and an honest User-Agent,
 * following redirects itself so that the {@link AddressGuard} sees every hop.
 */
final class PageFetcher {

    private final FetchSettings settings;
    private final AddressGuard guard;
    private final HttpClient client;

    PageFetcher(FetchSettings settings) {
        this.settings = settings;
        this.guard = new AddressGuard(settings.allowHosts());
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout()).build();
    }

    FetchedPage fetch(URI url) throws FetchException {
        URI current = url;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            guard.check(current);
            HttpResponse<InputStream> response = send(current);
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status >= 300 && status < 400 && response.headers().firstValue("location").isPresent()) {
                    current = current.resolve(response.headers().firstValue("location").get().strip());
                    continue;
                }
                if (status >= 400) {
                    throw new FetchException("HTTP " + status + " from " + current);
                }
                byte[] bytes = body.readNBytes(settings.maxBytes() + 1);
                if (bytes.length > settings.maxBytes()) {
                    throw new FetchException("page larger than " + settings.maxBytes() + " bytes: " + current);
                }
                return new FetchedPage(current, bytes, response.headers().map());
            } catch (IOException e) {
                throw new FetchException("could not read " + current + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new FetchException("bad redirect from " + current + ": " + e.getMessage());
            }
        }
        throw new FetchException("more than " + settings.maxRedirects() + " redirects from " + url);
    }

    private HttpResponse<InputStream> send(URI url) throws FetchException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(settings.timeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5").GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new FetchException("could not fetch " + url + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while fetching " + url);
        }
    }
}
