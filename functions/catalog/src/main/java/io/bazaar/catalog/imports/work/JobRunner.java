package io.bazaar.catalog.imports.work;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.catalog.imports.ImportsConfig;
import io.bazaar.catalog.imports.job.ImportItem;
import io.bazaar.catalog.imports.job.ImportItemStore;
import io.bazaar.catalog.imports.job.ImportJob;
import io.bazaar.catalog.imports.job.ImportJobStatus;
import io.bazaar.catalog.imports.job.ImportJobStore;
import io.bazaar.importer.crawl.Crawler;
import io.bazaar.importer.crawl.Discovery;
import io.bazaar.importer.crawl.DiscoveryLimits;
import io.bazaar.importer.crawl.DiscoveryResult;

/**
 * Runs an import job: finds its product pages once, then imports them in order from the job's cursor until the
 * pages or the time budget run out; in the latter case it queues the job again to go on from where it stopped.
 * Safe to run twice for one message: the cursor only moves past a page once.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);
    private static final int READ_AHEAD = 50;

    private final ImportJobStore jobs;
    private final ImportItemStore items;
    private final ListingImport listings;
    private final Crawler crawler;
    private final ImportQueue queue;
    private final ImportsConfig config;
    private final Clock clock;

    JobRunner(ImportJobStore jobs, ImportItemStore items, ListingImport listings, Crawler crawler, ImportQueue queue,
            ImportsConfig config, Clock clock) {
        this.jobs = jobs;
        this.items = items;
        this.listings = listings;
        this.crawler = crawler;
        this.queue = queue;
        this.config = config;
        this.clock = clock;
    }

    public void run(UUID jobId) {
        ImportJob job = jobs.find(jobId).orElse(null);
        if (job == null || job.status().finished()) {
            LOG.debugf("Import job %s is gone or finished; message dropped", jobId);
            return;
        }
        Instant deadline = clock.instant().plus(config.timeBudget());
        if (job.status() == ImportJobStatus.QUEUED || job.status() == ImportJobStatus.DISCOVERING) {
            jobs.startDiscovery(jobId);
            discover(job);
            job = jobs.find(jobId).orElseThrow();
        }
        int total = job.counts().discovered();
        int next = jobs.next(jobId);
        while (next < total) {
            List<String> urls = items.pages(jobId, next, Math.min(next + READ_AHEAD, total));
            if (urls.isEmpty()) {
                throw new IllegalStateException("the job's list of pages from page " + next + " on is missing");
            }
            for (String url : urls) {
                if (clock.instant().isAfter(deadline)) {
                    queue.send(ImportMessage.job(jobId, job.host(), next));
                    LOG.infof("Import job %s: time budget used at page %d of %d; continues in a new run", jobId, next, total);
                    return;
                }
                PageResult result = listings.importPage(job.merchantId(), jobId, job.options(), url);
                items.saveResult(jobId, new ImportItem(next, url, result.outcome(), result.reason(), result.productId(),
                        result.name(), clock.instant()));
                jobs.recordProgress(jobId, next, result.outcome());
                next++;
            }
        }
        jobs.finish(jobId, ImportJobStatus.COMPLETED);
        LOG.infof("Import job %s completed: %d pages", jobId, total);
    }

    /** Lists the job's product pages (a list job brought its own) and opens the job for importing. */
    private void discover(ImportJob job) {
        if (job.startUrl() == null && job.sitemapUrl() == null) {
            jobs.discovered(job.id(), job.urlCount(), List.of());
            return;
        }
        int limit = limitOf(job);
        DiscoveryLimits limits = new DiscoveryLimits(limit, config.maxListingPages());
        Discovery discovery = new Discovery(crawler);
        DiscoveryResult found;
        List<String> problems = new ArrayList<>();
        try {
            found = job.sitemapUrl() != null ? discovery.fromSitemap(URI.create(job.sitemapUrl()), limits)
                    : discovery.discover(URI.create(job.startUrl()), limits);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Import job %s: discovery failed", job.id());
            jobs.addProblem(job.id(), "could not find product pages: " + e.getMessage());
            jobs.discovered(job.id(), 0, List.of());
            return;
        }
        problems.addAll(found.problems());
        List<String> urls = found.productPages().stream().map(URI::toString).limit(limit).toList();
        if (found.productPages().size() >= limit) {
            problems.add("stopped at " + limit + " product pages, the job's limit; the shop may have more");
        }
        if (urls.isEmpty()) {
            problems.add("no product pages found");
        }
        items.savePages(job.id(), urls);
        jobs.discovered(job.id(), urls.size(), problems);
    }

    private int limitOf(ImportJob job) {
        Integer asked = job.options().maxProducts();
        return asked == null ? config.maxProducts() : Math.min(asked, config.maxProducts());
    }
}
