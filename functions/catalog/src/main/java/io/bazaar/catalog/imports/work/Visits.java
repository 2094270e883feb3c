package io.bazaar.catalog.imports.work;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.imports.refresh.VisitSchedule;
import io.bazaar.importer.crawl.Validators;
import io.quarkus.hibernate.reactive.panache.Panache;

/** Records a visit of an imported page: its validators, and when to come again (sooner when it changed). Blocking. */
@ApplicationScoped
public class Visits {

    private final ImportedProductRepository imported;
    private final VisitSchedule schedule;
    private final Clock clock;

    Visits(ImportedProductRepository imported, VisitSchedule schedule, Clock clock) {
        this.imported = imported;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** A visit that read the page; {@code jobIdOrNull} is the job that made it, absent for a scheduled refresh. */
    public void visited(UUID productId, UUID jobIdOrNull, Validators validators, boolean changed) {
        update(productId, row -> {
            apply(row, validators);
            if (jobIdOrNull != null) {
                row.lastJobId = jobIdOrNull;
            }
            row.visitIntervalSeconds = (int) schedule.after(Duration.ofSeconds(row.visitIntervalSeconds), changed).toSeconds();
        });
    }

    /** A visit that could not read the page: try again after the same interval. */
    public void failed(UUID productId) {
        update(productId, row -> {
        });
    }

    private void update(UUID productId, Consumer<ImportedProduct> change) {
        Instant now = clock.instant();
        Awaited.result(() -> Panache.withTransaction(() -> imported.findById(productId).invoke(row -> {
            if (row == null) {
                return;
            }
            change.accept(row);
            row.lastVisitAt = now;
            row.nextVisitAt = now.plusSeconds(row.visitIntervalSeconds);
        })).replaceWithVoid());
    }

    static void apply(ImportedProduct row, Validators validators) {
        if (validators.etag() != null) {
            row.etag = validators.etag();
        }
        if (validators.lastModified() != null) {
            row.lastModified = validators.lastModified();
        }
        if (validators.contentHash() != null) {
            row.contentHash = validators.contentHash();
        }
    }

    /** What to send in a conditional GET to the page. */
    public static Validators validatorsOf(ImportedProduct row) {
        return new Validators(row.etag, row.lastModified, row.contentHash);
    }
}
