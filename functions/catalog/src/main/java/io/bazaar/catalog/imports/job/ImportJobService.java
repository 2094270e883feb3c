package io.bazaar.catalog.imports.job;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.catalog.category.CategoryRepository;
import io.bazaar.catalog.imports.ImportsConfig;
import io.bazaar.catalog.imports.work.ImportMessage;
import io.bazaar.catalog.imports.work.ImportQueue;
import io.bazaar.importer.crawl.CanonicalUrl;
import io.bazaar.platform.aws.BlockingCalls;
import io.bazaar.platform.crypto.Sha256;
import io.bazaar.platform.idempotency.IdempotentRequests;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Starts merchants' import jobs after checking what they ask for, and shows them their jobs and each page's result. */
@ApplicationScoped
public class ImportJobService {

    private final ImportJobStore jobs;
    private final ImportItemStore items;
    private final ImportQueue queue;
    private final CategoryRepository categories;
    private final BlockingCalls blocking;
    private final ImportsConfig config;
    private final IdempotentRequests idempotent;
    private final ObjectMapper json;

    ImportJobService(ImportJobStore jobs, ImportItemStore items, ImportQueue queue, CategoryRepository categories,
            BlockingCalls blocking, ImportsConfig config, IdempotentRequests idempotent, ObjectMapper json) {
        this.jobs = jobs;
        this.items = items;
        this.queue = queue;
        this.categories = categories;
        this.blocking = blocking;
        this.config = config;
        this.idempotent = idempotent;
        this.json = json;
    }

    /** A started job, and whether it is the answer to an earlier request with the same Idempotency-Key. */
    public record Started(ImportJob job, boolean replayed) {
    }

    /** Checks the request and starts the job once per merchant and Idempotency-Key. */
    public Uni<Started> start(UUID merchantId, String idempotencyKey, ImportJobRequest request) {
        String hash = Sha256.hex(write(request));
        return idempotent.once("import#" + merchantId + "#" + idempotencyKey, hash, config.idempotencyTtl(),
                committed -> start(merchantId, request).invoke(() -> committed.set(true)).map(this::write))
                .map(result -> new Started(read(result.json()), result.replayed()));
    }

    private Uni<ImportJob> start(UUID merchantId, ImportJobRequest request) {
        List<FieldError> errors = new ArrayList<>();
        long sources = Stream.of(request.startUrl(), request.sitemapUrl(), request.urls()).filter(s -> s != null).count();
        if (sources != 1) {
            errors.add(new FieldError("startUrl", "give exactly one of startUrl, sitemapUrl and urls"));
        }
        checkUrl("startUrl", request.startUrl(), errors);
        checkUrl("sitemapUrl", request.sitemapUrl(), errors);
        List<String> pages = new ArrayList<>();
        if (request.urls() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < request.urls().size(); i++) {
                String url = request.urls().get(i);
                if (checkUrl("urls[" + i + "]", url, errors) && seen.add(CanonicalUrl.of(URI.create(url.strip())).toString())) {
                    pages.add(url.strip());
                }
            }
        }
        Integer max = request.options().maxProducts();
        if (max != null && max > config.maxProducts()) {
            errors.add(new FieldError("options.maxProducts", "must be at most " + config.maxProducts()));
        }
        Set<Long> categoryIds = new LinkedHashSet<>(request.options().categoryMappingOrEmpty().values());
        categoryIds.add(request.options().defaultCategoryId());
        return Panache.withSession(() -> categories.all()).chain(known -> {
            Set<Long> ids = known.stream().map(c -> c.id).collect(Collectors.toSet());
            if (!ids.contains(request.options().defaultCategoryId())) {
                errors.add(new FieldError("options.defaultCategoryId", "is not a known category"));
            }
            request.options().categoryMappingOrEmpty().forEach((name, id) -> {
                if (!ids.contains(id)) {
                    errors.add(new FieldError("options.categoryMapping." + name, "is not a known category"));
                }
            });
            if (!errors.isEmpty()) {
                return Uni.createFrom().failure(ProblemException.invalid(errors.toArray(FieldError[]::new)));
            }
            String host = ImportMessage.hostOf(request.startUrl() != null ? request.startUrl()
                    : request.sitemapUrl() != null ? request.sitemapUrl() : pages.get(0));
            ImportJobRequest stored = new ImportJobRequest(request.startUrl(), request.sitemapUrl(),
                    request.urls() == null ? null : pages, request.options());
            return blocking.run(() -> {
                ImportJob job = jobs.create(merchantId, host, stored);
                if (stored.urls() != null) {
                    items.savePages(job.id(), pages);
                }
                queue.send(ImportMessage.job(job.id(), host, 0));
                return job;
            });
        });
    }

    public Uni<Page<ImportJob>> list(UUID merchantId, PageRequest page) {
        return blocking.run(() -> Page.of(jobs.ofMerchant(merchantId, page.page() * page.size(), page.size()), page,
                jobs.countOfMerchant(merchantId)));
    }

    public Uni<ImportJob> get(UUID merchantId, UUID jobId) {
        return blocking.run(() -> owned(merchantId, jobId));
    }

    /** The job's page results in page order; with an outcome, only those (the job's counters give their total). */
    public Uni<Page<ImportItem>> items(UUID merchantId, UUID jobId, ImportOutcome outcomeOrNull, PageRequest page) {
        return blocking.run(() -> {
            ImportJob job = owned(merchantId, jobId);
            int done = job.counts().processed();
            if (outcomeOrNull == null) {
                int from = page.page() * page.size();
                return Page.of(items.results(jobId, Math.min(from, done), Math.min(from + page.size(), done)), page, done);
            }
            List<ImportItem> matching = items.results(jobId, 0, done).stream()
                    .filter(item -> item.outcome() == outcomeOrNull).toList();
            int from = Math.min(page.page() * page.size(), matching.size());
            return Page.of(matching.subList(from, Math.min(from + page.size(), matching.size())), page, matching.size());
        });
    }

    private ImportJob owned(UUID merchantId, UUID jobId) {
        ImportJob job = jobs.find(jobId).orElseThrow(() -> ProblemException.notFound("import-not-found", "There is no such import job."));
        if (!job.merchantId().equals(merchantId)) {
            throw ProblemException.forbidden("not-your-import", "This import job belongs to another merchant.");
        }
        return job;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an import job is always writable", e);
        }
    }

    private ImportJob read(String stored) {
        try {
            return json.readValue(stored, ImportJob.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored import job is always readable", e);
        }
    }

    private static boolean checkUrl(String field, String url, List<FieldError> errors) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return true;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        errors.add(new FieldError(field, "must be an absolute http or https URL"));
        return false;
    }

    static ImportOutcome outcome(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ImportOutcome.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(new FieldError("outcome", "must be one of imported, updated, unchanged, skipped, failed"));
        }
    }
}
