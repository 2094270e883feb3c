package io.bazaar.importer.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Fetches other shops' pages like a good citizen: robots.txt obeyed, one request at a time per host with a pause
 * (Crawl-delay honoured), retries with back-off on 429/5xx honouring Retry-After, conditional GETs, size and redirect
 * limits, gzip/deflate/br, and the {@link AddressGuard} at the first URL and at every redirect. Thread-safe: one
 * crawler per process keeps its manners across every job running in it. Blocking; call it from worker threads.
 */
public final class Crawler implements AutoCloseable {

    private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5";
    private static final String IMAGES = "image/avif,image/webp,image/png,image/jpeg,image/gif,*/*;q=0.5";
    private static final String XML = "application/xml,text/xml;q=0.9,text/plain;q=0.5,*/*;q=0.3";
    private static final int ROBOTS_MAX_BYTES = 512 * 1024;

    private final CrawlSettings settings;
    private final AddressGuard guard;
    private final HostSlots slots;
    private final RobotsCache robots;
    private final HttpClient client;
    private final Clock clock;

    public Crawler(CrawlSettings settings) {
        this(settings, Clock.systemUTC());
    }

    Crawler(CrawlSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.guard = new AddressGuard(settings.allowHosts());
        this.slots = new HostSlots(settings.politeness());
        this.robots = new RobotsCache(settings, url -> fetch(url, Validators.NONE, ROBOTS_MAX_BYTES, "text/plain", false), clock);
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout()).build();
    }

    /** A product or listing page; with validators from an earlier visit it is a conditional GET. */
    public FetchResult fetchPage(URI url, Validators known) {
        return fetch(url, known, settings.maxPageBytes(), HTML, true);
    }

    /** An image or other file the page refers to, within the image size limit. */
    public FetchResult fetchResource(URI url) {
        return fetch(url, Validators.NONE, settings.maxImageBytes(), IMAGES, true);
    }

    /** A sitemap (XML, text or gzip), within the sitemap size limit. */
    public FetchResult fetchSitemap(URI url) {
        return fetch(url, Validators.NONE, settings.maxSitemapBytes(), XML, true);
    }

    /** The sitemaps the site's robots.txt names (reading robots.txt when it is not known yet). */
    public java.util.List<String> sitemapsOf(URI url) {
        return robots.rulesFor(url).sitemaps();
    }

    /** Whether robots.txt lets this crawler fetch the URL. */
    public boolean allowedByRobots(URI url) {
        return robots.rulesFor(url).allowed(url);
    }

    private FetchResult fetch(URI asked, Validators known, int maxBytes, String accept, boolean obeyRobots) {
        URI url = withoutFragment(asked);
        URI current = url;
        Set<URI> visited = new HashSet<>();
        visited.add(current);
        int redirects = 0;
        int retries = 0;
        while (true) {
            Optional<String> refusal = guard.refusal(current);
            if (refusal.isPresent()) {
                return FetchResult.failure(FetchOutcome.REFUSED, url, current, 0, known, refusal.get());
            }
            long delayNanos = 0;
            if (obeyRobots) {
                RobotsCache.Rules rules = robots.rulesFor(current);
                if (!rules.allowed(current)) {
                    String why = rules.readProblem() != null ? rules.readProblem()
                            : "disallowed by robots.txt of " + RobotsCache.site(current);
                    return FetchResult.failure(FetchOutcome.DISALLOWED, url, current, 0, known, why);
                }
                delayNanos = Math.max(settings.hostDelay().toNanos(), TimeUnit.MILLISECONDS.toNanos(rules.crawlDelayMillis()));
            }
            String host = RobotsCache.site(current);
            Step step;
            try (HostSlots.Slot slot = slots.enter(host, delayNanos)) {
                step = exchange(url, current, known, maxBytes, accept);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return FetchResult.failure(FetchOutcome.FAILED, url, current, 0, known, "interrupted while fetching " + current);
            }
            if (step.result() != null) {
                return step.result();
            }
            if (step.redirectTo() != null) {
                if (!visited.add(step.redirectTo())) {
                    return FetchResult.failure(FetchOutcome.FAILED, url, current, step.status(), known,
                            "redirect loop: " + current + " leads back to " + step.redirectTo());
                }
                if (++redirects > settings.maxRedirects()) {
                    return FetchResult.failure(FetchOutcome.FAILED, url, current, step.status(), known,
                            "more than " + settings.maxRedirects() + " redirects from " + url);
                }
                current = step.redirectTo();
                continue;
            }
            Duration wait = step.retryAfter() != null ? step.retryAfter()
                    : settings.retryBackoff().multipliedBy(1L << Math.min(retries, 10));
            if (retries >= settings.maxRetries()) {
                return FetchResult.failure(FetchOutcome.FAILED, url, current, step.status(), known,
                        step.problem() + " (gave up after " + retries + " retries)");
            }
            if (wait.compareTo(settings.maxRetryWait()) > 0) {
                return FetchResult.failure(FetchOutcome.FAILED, url, current, step.status(), known,
                        step.problem() + "; the server asks to come back in " + wait.toSeconds() + " s, longer than the "
                                + settings.maxRetryWait().toSeconds() + " s this crawler waits");
            }
            retries++;
            slots.defer(host, wait.toNanos());
        }
    }

    /**
     * What one request gave: a final result, a redirect to follow, or a retryable problem (429, 5xx, network error)
     * with the server's Retry-After when it sent one.
     */
    private record Step(FetchResult result, URI redirectTo, int status, String problem, Duration retryAfter) {
    }

    private Step exchange(URI url, URI current, Validators known, int maxBytes, String accept) {
        HttpResponse<InputStream> response;
        try {
            response = client.send(request(current, known, accept), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            return new Step(null, null, 0, "could not fetch " + current + ": " + describe(e), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Step(FetchResult.failure(FetchOutcome.FAILED, url, current, 0, known, "interrupted"), null, 0, null, null);
        }
        int status = response.statusCode();
        var headers = response.headers();
        try (InputStream body = response.body()) {
            Validators seen = known.updatedBy(headers.firstValue("etag").orElse(null),
                    headers.firstValue("last-modified").orElse(null), null);
            if (status >= 300 && status < 400 && status != 304) {
                Optional<String> location = headers.firstValue("location");
                if (location.isEmpty()) {
                    return done(FetchResult.failure(FetchOutcome.FAILED, url, current, status, known,
                            "HTTP " + status + " without a Location from " + current));
                }
                try {
                    return new Step(null, withoutFragment(current.resolve(new URI(location.get().strip()))), status, null, null);
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return done(FetchResult.failure(FetchOutcome.FAILED, url, current, status, known,
                            "bad redirect from " + current + ": " + location.get()));
                }
            }
            if (status == 304) {
                return done(new FetchResult(FetchOutcome.NOT_MODIFIED, url, current, status, headers.map(), null, seen,
                        "not modified since the last visit"));
            }
            if (status == 429 || status >= 500) {
                Duration retryAfter = RetryAfter.parse(headers.firstValue("retry-after").orElse(null), clock.instant()).orElse(null);
                return new Step(null, null, status, "HTTP " + status + " from " + current, retryAfter);
            }
            if (status < 200 || status >= 300) {
                return done(FetchResult.failure(FetchOutcome.FAILED, url, current, status, known, "HTTP " + status + " from " + current));
            }
            long declared = headers.firstValueAsLong("content-length").orElse(-1);
            boolean identity = headers.firstValue("content-encoding").map(e -> e.isBlank() || e.equalsIgnoreCase("identity")).orElse(true);
            if (identity && declared > maxBytes) {
                return done(FetchResult.failure(FetchOutcome.TOO_LARGE, url, current, status, known,
                        current + " is " + declared + " bytes, larger than the " + maxBytes + " read"));
            }
            byte[] bytes = ResponseBodies.read(body, headers.firstValue("content-encoding").orElse(null), maxBytes);
            String hash = ResponseBodies.sha256(bytes);
            Validators now = seen.updatedBy(null, null, hash);
            if (hash.equals(known.contentHash())) {
                return done(new FetchResult(FetchOutcome.UNCHANGED, url, current, status, headers.map(), null, now,
                        "the same content as at the last visit"));
            }
            return done(new FetchResult(FetchOutcome.FETCHED, url, current, status, headers.map(), bytes, now, null));
        } catch (ResponseBodies.TooLarge e) {
            return done(FetchResult.failure(FetchOutcome.TOO_LARGE, url, current, status, known, current + " is " + e.getMessage()));
        } catch (IOException e) {
            return new Step(null, null, status, "could not read " + current + ": " + describe(e), null);
        }
    }

    private HttpRequest request(URI url, Validators known, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(settings.timeout()).GET()
                .header("User-Agent", settings.userAgent()).header("Accept", accept)
                .header("Accept-Encoding", "gzip, deflate, br");
        if (known.etag() != null) {
            request.header("If-None-Match", known.etag());
        }
        if (known.lastModified() != null) {
            request.header("If-Modified-Since", known.lastModified());
        }
        return request.build();
    }

    private static Step done(FetchResult result) {
        return new Step(result, null, result.status(), null, null);
    }

    private static URI withoutFragment(URI url) {
        if (url.getRawFragment() == null) {
            return url;
        }
        String text = url.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return message == null || message.isBlank() ? kind : kind + " (" + message + ")";
    }

    /** Forgets the robots.txt rules read so far; the JDK client closes idle connections by itself. */
    @Override
    public void close() {
        robots.clear();
    }
}
