package io.bazaar.catalog.moderation;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.merchant.MerchantProductView;
import io.bazaar.catalog.merchant.ProductViews;
import io.bazaar.catalog.product.Product;
import io.bazaar.catalog.product.ProductRepository;
import io.bazaar.catalog.product.ProductStatus;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The platform admin's review: approve a submitted product, or reject it with a reason the merchant reads. */
@ApplicationScoped
public class ModerationService {

    private final ProductRepository products;
    private final ProductViews views;
    private final Clock clock;

    ModerationService(ProductRepository products, ProductViews views, Clock clock) {
        this.products = products;
        this.views = views;
        this.clock = clock;
    }

    /** Submitted products, oldest submission first. */
    @WithSession
    public Uni<Page<MerchantProductView>> queue(PageRequest page) {
        var query = products.find("status", Sort.by("submittedAt").and("id"), ProductStatus.PENDING_REVIEW);
        return query.page(page.page(), page.size()).list()
                .chain(found -> query.count().chain(total -> views.of(found).map(list -> Page.of(list, page, total))));
    }

    @WithTransaction
    public Uni<MerchantProductView> approve(UUID productId) {
        return pending(productId).chain(product -> {
            product.status = ProductStatus.APPROVED;
            product.reviewedAt = clock.instant();
            product.rejectionReason = null;
            return views.of(product);
        });
    }

    @WithTransaction
    public Uni<MerchantProductView> reject(UUID productId, String reason) {
        return pending(productId).chain(product -> {
            product.status = ProductStatus.REJECTED;
            product.reviewedAt = clock.instant();
            product.rejectionReason = reason.strip();
            return views.of(product);
        });
    }

    private Uni<Product> pending(UUID productId) {
        return products.findById(productId).map(product -> {
            if (product == null) {
                throw ProblemException.notFound("product-not-found", "There is no such product.");
            }
            if (product.status != ProductStatus.PENDING_REVIEW) {
                throw ProblemException.conflict("not-pending-review", "Only products waiting for review can be approved or rejected.");
            }
            return product;
        });
    }
}
