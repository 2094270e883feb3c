package io.bazaar.identity.verification;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Real-name submissions by account (newest first) and by state for the admins' queue (oldest first). */
@ApplicationScoped
public class VerificationRepository implements PanacheRepositoryBase<RealNameVerification, UUID> {

    public Uni<RealNameVerification> latestOf(UUID accountId) {
        return find("accountId", Sort.descending("submittedAt"), accountId).firstResult();
    }

    public Uni<List<RealNameVerification>> allOf(UUID accountId) {
        return find("accountId", Sort.descending("submittedAt"), accountId).list();
    }

    public Uni<List<RealNameVerification>> inState(VerificationStatus status, PageRequest request) {
        return find("status", Sort.ascending("submittedAt"), status)
                .page(Page.of(request.page(), request.size())).list();
    }

    public Uni<Long> countInState(VerificationStatus status) {
        return count("status", status);
    }
}
