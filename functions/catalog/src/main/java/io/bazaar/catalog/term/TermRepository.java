package io.bazaar.catalog.term;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** A merchant's brands, series, keywords and tags. */
@ApplicationScoped
public class TermRepository implements PanacheRepositoryBase<Term, Long> {

    public Uni<List<Term>> of(UUID merchantId, TermKind kind) {
        return list("merchantId = ?1 and kind = ?2", Sort.by("name"), merchantId, kind);
    }

    public Uni<List<Term>> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }
}
