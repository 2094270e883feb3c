package io.bazaar.catalog.imports.work;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.catalog.image.ImageCopies;
import io.bazaar.catalog.imports.ImportsConfig;
import io.bazaar.catalog.imports.job.ImportOptions;
import io.bazaar.catalog.imports.job.ImportOutcome;
import io.bazaar.catalog.imports.refresh.PriceHistoryStore;
import io.bazaar.catalog.imports.refresh.VisitSchedule;
import io.bazaar.catalog.merchant.MerchantProductView;
import io.bazaar.catalog.merchant.ProductDraft;
import io.bazaar.catalog.merchant.ProductPublishing;
import io.bazaar.catalog.merchant.SkuView;
import io.bazaar.catalog.term.TermKind;
import io.bazaar.catalog.term.TermService;
import io.bazaar.importer.crawl.CanonicalUrl;
import io.bazaar.importer.crawl.Crawler;
import io.bazaar.importer.crawl.FetchResult;
import io.bazaar.importer.crawl.Validators;
import io.bazaar.importer.extract.Listing;
import io.bazaar.importer.extract.ProductExtractor;
import io.bazaar.platform.crypto.Sha256;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Imports one product page for a merchant: fetch it (conditionally, when it was imported before), extract the
 * listing, and create or update the product keyed by the page's canonical URL, with its images copied into our
 * bucket. Runs on a worker thread; the database work of one page is one transaction. Every way out is a
 * {@link PageResult} with a reason, never an exception, so one bad page never stops a job.
 */
@ApplicationScoped
public class ListingImport {

    private final Crawler crawler;
    private final ImportedProductRepository imported;
    private final ProductPublishing publishing;
    private final TermService terms;
    private final ImageCopies images;
    private final PriceHistoryStore history;
    private final VisitSchedule schedule;
    private final Visits visits;
    private final Validator validator;
    private final ObjectMapper json;
    private final ImportsConfig config;
    private final Clock clock;

    ListingImport(Crawler crawler, ImportedProductRepository imported, ProductPublishing publishing, TermService terms,
            ImageCopies images, PriceHistoryStore history, VisitSchedule schedule, Visits visits, Validator validator, ObjectMapper json,
            ImportsConfig config, Clock clock) {
        this.crawler = crawler;
        this.imported = imported;
        this.publishing = publishing;
        this.terms = terms;
        this.images = images;
        this.history = history;
        this.schedule = schedule;
        this.visits = visits;
        this.validator = validator;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    public PageResult importPage(UUID merchantId, UUID jobId, ImportOptions options, String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return PageResult.failed("not a URL: " + e.getMessage());
        }
        try {
            return importPage(merchantId, jobId, options, uri);
        } catch (RuntimeException e) {
            return PageResult.failed("import failed: " + messageOf(e));
        }
    }

    private PageResult importPage(UUID merchantId, UUID jobId, ImportOptions options, URI uri) {
        ImportedProduct known = Awaited.result(() -> Panache.withSession(() -> imported.bySource(merchantId, CanonicalUrl.of(uri).toString())));
        FetchResult page = crawler.fetchPage(uri, known == null ? Validators.NONE : Visits.validatorsOf(known));
        switch (page.outcome()) {
            case NOT_MODIFIED, UNCHANGED:
                visits.visited(known.productId, jobId, page.validators(), false);
                return new PageResult(ImportOutcome.UNCHANGED, "the page has not changed since " + known.lastVisitAt,
                        known.productId, null);
            case FETCHED:
                break;
            default:
                return PageResult.failed(page.reason());
        }
        Optional<Listing> found = ProductExtractor.extract(page.body(), page.finalUrl(), page.headers());
        if (found.isEmpty()) {
            return PageResult.failed("no product found on the page");
        }
        Listing listing = found.get();
        String source = CanonicalUrl.ofPage(page).toString();
        ImportedProduct existing = known != null && known.sourceUrl.equals(source) ? known
                : Awaited.result(() -> Panache.withSession(() -> imported.bySource(merchantId, source)));
        if (existing != null && jobId.equals(existing.lastJobId) && known == null) {
            return new PageResult(ImportOutcome.SKIPPED, "same product as " + existing.sourceUrl + ", imported by this job already",
                    existing.productId, listing.name());
        }
        ProductDraft draft;
        try {
            Long brandId = listing.brand() == null || listing.brand().isBlank() ? null
                    : Awaited.result(() -> terms.findOrAdd(merchantId, TermKind.BRAND, truncate(listing.brand().strip(), 80))).id();
            draft = ListingDrafts.draft(listing, options, ListingDrafts.categoryOf(listing, options), brandId);
        } catch (UnusableListing e) {
            return PageResult.failed(e.getMessage());
        }
        String invalid = violations(draft);
        if (invalid != null) {
            return PageResult.failed(invalid);
        }
        String listingHash = Sha256.hex(write(draft));
        String imagesHash = Sha256.hex(String.join("\n", listing.images()));
        if (existing != null && existing.listingHash.equals(listingHash) && existing.imagesHash.equals(imagesHash)) {
            visits.visited(existing.productId, jobId, page.validators(), false);
            return new PageResult(ImportOutcome.UNCHANGED, "the product on the page has not changed", existing.productId, draft.name());
        }
        boolean copyImages = existing == null || !existing.imagesHash.equals(imagesHash);
        ImageCopies.Copies copies = copyImages ? images.copy(merchantId, listing.images(), config.maxImages(), crawler)
                : new ImageCopies.Copies(List.of(), List.of());
        MerchantProductView saved;
        try {
            saved = Awaited.result(() -> Panache.withTransaction(() -> save(merchantId, jobId, options, existing, draft, source,
                    page.validators(), listingHash, imagesHash, copyImages, copies)));
        } catch (ProblemException e) {
            return PageResult.failed("the catalog refused the product: " + e.getMessage() + e.errors().stream()
                    .map(error -> " " + error.field() + " " + error.message()).collect(Collectors.joining(",")));
        }
        for (SkuView sku : saved.skus()) {
            history.observe(saved.id(), sku.id(), sku.priceMinor(), saved.currency(), sku.stock() > 0);
        }
        List<String> notes = new ArrayList<>(copies.problems());
        return new PageResult(existing == null ? ImportOutcome.IMPORTED : ImportOutcome.UPDATED,
                notes.isEmpty() ? null : String.join("; ", notes), saved.id(), saved.name());
    }

    private Uni<MerchantProductView> save(UUID merchantId, UUID jobId, ImportOptions options, ImportedProduct existing,
            ProductDraft draft, String source, Validators validators, String listingHash, String imagesHash,
            boolean copyImages, ImageCopies.Copies copies) {
        Uni<MerchantProductView> product = existing == null ? publishing.create(merchantId, draft)
                : publishing.update(merchantId, existing.productId, draft);
        return product.chain(view -> (copyImages ? images.attach(merchantId, view.id(), copies.copies()) : Uni.createFrom().voidItem())
                .chain(() -> remember(existing, merchantId, jobId, options, view.id(), source, validators, listingHash, imagesHash))
                .chain(() -> existing == null && options.submits() ? publishing.submit(merchantId, view.id())
                        : Uni.createFrom().item(view)));
    }

    private Uni<ImportedProduct> remember(ImportedProduct existing, UUID merchantId, UUID jobId, ImportOptions options,
            UUID productId, String source, Validators validators, String listingHash, String imagesHash) {
        Instant now = clock.instant();
        ImportedProduct row = existing == null ? new ImportedProduct() : existing;
        if (existing == null) {
            row.productId = productId;
            row.merchantId = merchantId;
            row.sourceUrl = source;
            row.importedAt = now;
            row.visitIntervalSeconds = (int) schedule.first().toSeconds();
        }
        row.markupPercent = options.markupOrZero();
        row.stockWhenInStock = options.stockWhenAvailable();
        row.listingHash = listingHash;
        row.imagesHash = imagesHash;
        Visits.apply(row, validators);
        row.lastVisitAt = now;
        row.nextVisitAt = now.plusSeconds(row.visitIntervalSeconds);
        row.lastJobId = jobId;
        return existing == null ? imported.persist(row) : imported.getSession().chain(s -> s.merge(row));
    }

    private String violations(ProductDraft draft) {
        var violations = validator.validate(draft);
        if (violations.isEmpty()) {
            return null;
        }
        return "the product does not fit the catalog: " + violations.stream()
                .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining(", "));
    }

    private String write(ProductDraft draft) {
        try {
            return json.writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("draft not writable", e);
        }
    }

    private static String messageOf(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
