package io.bazaar.catalog.imports.refresh;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.merchant.ProductPublishing;
import io.bazaar.catalog.merchant.SkuChange;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Large price changes at the source, held for the merchant: one open alert per SKU (a newer change replaces the
 * figure), accepting applies the new price, dismissing keeps ours.
 */
@ApplicationScoped
public class PriceAlerts {

    private final PriceAlertRepository alerts;
    private final ProductPublishing publishing;
    private final Clock clock;

    PriceAlerts(PriceAlertRepository alerts, ProductPublishing publishing, Clock clock) {
        this.alerts = alerts;
        this.publishing = publishing;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<PriceAlertView> raise(UUID merchantId, UUID productId, UUID skuId, long oldPriceMinor, long newPriceMinor,
            String currency) {
        return alerts.openOf(skuId).chain(open -> {
            PriceAlert alert = open != null ? open : new PriceAlert();
            if (open == null) {
                alert.id = UUID.randomUUID();
                alert.merchantId = merchantId;
                alert.productId = productId;
                alert.skuId = skuId;
            }
            alert.oldPriceMinor = oldPriceMinor;
            alert.newPriceMinor = newPriceMinor;
            alert.currency = currency;
            alert.detectedAt = clock.instant();
            return (open == null ? alerts.persist(alert) : Uni.createFrom().item(alert)).map(PriceAlertView::of);
        });
    }

    @WithSession
    public Uni<Page<PriceAlertView>> open(UUID merchantId, PageRequest page) {
        return alerts.openOfMerchant(merchantId, page.page(), page.size()).chain(found -> alerts.countOpenOfMerchant(merchantId)
                .map(total -> Page.of(found.stream().map(PriceAlertView::of).toList(), page, total)));
    }

    @WithTransaction
    public Uni<PriceAlertView> accept(UUID merchantId, UUID alertId) {
        return owned(merchantId, alertId).chain(alert -> publishing.changeSku(merchantId, alert.productId, alert.skuId,
                new SkuChange(alert.newPriceMinor, null)).map(changed -> resolve(alert, PriceAlert.Resolution.ACCEPTED)));
    }

    @WithTransaction
    public Uni<PriceAlertView> dismiss(UUID merchantId, UUID alertId) {
        return owned(merchantId, alertId).map(alert -> resolve(alert, PriceAlert.Resolution.DISMISSED));
    }

    private PriceAlertView resolve(PriceAlert alert, PriceAlert.Resolution resolution) {
        alert.resolution = resolution;
        alert.resolvedAt = clock.instant();
        return PriceAlertView.of(alert);
    }

    private Uni<PriceAlert> owned(UUID merchantId, UUID alertId) {
        return alerts.findById(alertId).map(alert -> {
            if (alert == null) {
                throw ProblemException.notFound("price-alert-not-found", "There is no such price alert.");
            }
            if (!alert.merchantId.equals(merchantId)) {
                throw ProblemException.forbidden("not-your-price-alert", "This price alert belongs to another merchant.");
            }
            if (alert.resolution != null) {
                throw ProblemException.conflict("price-alert-resolved", "This price alert was " + alert.resolution.name().toLowerCase()
                        + " already.");
            }
            return alert;
        });
    }
}
