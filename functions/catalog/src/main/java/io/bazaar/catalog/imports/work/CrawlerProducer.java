package io.bazaar.catalog.imports.work;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import io.bazaar.catalog.imports.ImportsConfig;
import io.bazaar.importer.crawl.CrawlSettings;
import io.bazaar.importer.crawl.Crawler;

/** One crawler per process, so its per-host politeness covers every job and refresh the process runs. */
@ApplicationScoped
class CrawlerProducer {

    @Produces
    @ApplicationScoped
    Crawler crawler(ImportsConfig config) {
        ImportsConfig.Crawl crawl = config.crawl();
        Set<String> allowHosts = crawl.allowHosts().orElse(List.of()).stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).collect(Collectors.toSet());
        return new Crawler(CrawlSettings.defaults().withUserAgent(crawl.userAgent()).withTimeout(crawl.timeout())
                .withMaxPageBytes(crawl.maxPageBytes()).withMaxImageBytes(crawl.maxImageBytes())
                .withHostDelay(crawl.hostDelay()).withAllowHosts(allowHosts).withPoliteness(crawl.politeness()));
    }

    void close(@Disposes Crawler crawler) {
        crawler.close();
    }
}
