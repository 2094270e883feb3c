package io.bazaar.identity.shop;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.account.Login;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.platform.ratelimit.RateLimit;
import io.bazaar.platform.ratelimit.RateLimiter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Applications for a shop: anyone may apply (a few times an hour per address); an admin approves one, which opens the
 * shop through {@link ShopService#open} and invites the contact as its owner, or rejects it with a reason.
 */
@ApplicationScoped
public class ShopApplicationService {

    static final RateLimit PER_ADDRESS = new RateLimit("shop-application", 5, Duration.ofHours(1));

    private final ShopApplicationRepository applications;
    private final ShopService shops;
    private final RateLimiter limiter;
    private final Clock clock;

    ShopApplicationService(ShopApplicationRepository applications, ShopService shops, RateLimiter limiter, Clock clock) {
        this.applications = applications;
        this.shops = shops;
        this.limiter = limiter;
        this.clock = clock;
    }

    public Uni<ShopApplicationReceived> apply(ShopApplicationRequest request, String clientAddress) {
        Login contact = Login.require(request.contact(), "contact");
        ShopApplication application = new ShopApplication();
        application.id = UUID.randomUUID();
        application.businessName = request.businessName().strip();
        application.contactName = request.contactName().strip();
        application.contactLogin = contact.value();
        application.message = request.message() == null || request.message().isBlank() ? null : request.message().strip();
        application.status = ShopApplicationStatus.PENDING;
        application.createdAt = clock.instant();
        return limiter.tryAcquire(PER_ADDRESS, clientAddress).chain(allowed -> allowed
                ? Panache.withTransaction(() -> applications.persist(application))
                        .map(saved -> new ShopApplicationReceived(saved.id, saved.status, saved.createdAt))
                : Uni.createFrom().failure(ProblemException.tooManyRequests("applications-throttled",
                        "Too many applications from this address. Try again later.")));
    }

    @WithSession
    public Uni<Page<ShopApplicationView>> inState(ShopApplicationStatus status, PageRequest page) {
        var query = applications.find("status", Sort.ascending("createdAt").and("id"), status);
        return query.count().chain(total -> query.page(page.page(), page.size()).list()
                .map(list -> Page.of(list.stream().map(ShopApplicationView::of).toList(), page, total)));
    }

    /** Opens the shop and invites the contact as its owner, in the transaction that marks the application approved. */
    public Uni<ShopApplicationView> approve(UUID adminId, UUID id, ApplicationApproval approval) {
        return Panache.withTransaction(() -> pending(id).chain(application -> {
            String name = approval != null && approval.shopName() != null && !approval.shopName().isBlank()
                    ? approval.shopName() : application.businessName;
            Login contact = Login.require(application.contactLogin, "contact");
            return shops.open(name, contact).map(created -> {
                application.status = ShopApplicationStatus.APPROVED;
                application.merchantId = created.shop().id();
                application.decidedBy = adminId;
                application.decidedAt = clock.instant();
                return ShopApplicationView.of(application);
            });
        }));
    }

    public Uni<ShopApplicationView> reject(UUID adminId, UUID id, String reason) {
        return Panache.withTransaction(() -> pending(id).map(application -> {
            application.status = ShopApplicationStatus.REJECTED;
            application.decisionNote = reason.strip();
            application.decidedBy = adminId;
            application.decidedAt = clock.instant();
            return ShopApplicationView.of(application);
        }));
    }

    private Uni<ShopApplication> pending(UUID id) {
        return applications.findById(id).chain(application -> {
            if (application == null) {
                return Uni.createFrom().failure(ProblemException.notFound("application-not-found", "There is no such application."));
            }
            if (application.status != ShopApplicationStatus.PENDING) {
                return Uni.createFrom().failure(ProblemException.conflict("application-decided",
                        "This application was already " + application.status.name().toLowerCase() + "."));
            }
            return Uni.createFrom().item(application);
        });
    }
}
