package io.bazaar.catalog.term;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.persistence.DatabaseErrors;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** A merchant's brands, series, keywords and tags: each name once per list (ignoring case). */
@ApplicationScoped
public class TermService {

    private final TermRepository terms;
    private final Clock clock;

    TermService(TermRepository terms, Clock clock) {
        this.terms = terms;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<TermView>> list(UUID merchantId, TermKind kind) {
        return terms.of(merchantId, kind).map(found -> found.stream().map(TermView::of).toList());
    }

    public Uni<TermView> add(UUID merchantId, TermKind kind, String name) {
        Term term = new Term();
        term.merchantId = merchantId;
        term.kind = kind;
        term.name = name.strip();
        term.createdAt = clock.instant();
        return Panache.withTransaction(() -> terms.persist(term)).map(TermView::of)
                .onFailure(DatabaseErrors::isUniqueViolation).transform(e -> ProblemException.conflict("term-exists",
                        "Your " + kind.path() + " already have '" + term.name + "'."));
    }

    /** The merchant's term of that name (any case), added when there is none; importers name brands this way. */
    public Uni<TermView> findOrAdd(UUID merchantId, TermKind kind, String name) {
        String wanted = name.strip();
        return named(merchantId, kind, wanted).chain(found -> found != null ? Uni.createFrom().item(found)
                : add(merchantId, kind, wanted).onFailure(ProblemException.class)
                        .recoverWithUni(raced -> named(merchantId, kind, wanted)));
    }

    private Uni<TermView> named(UUID merchantId, TermKind kind, String name) {
        return Panache.withSession(() -> terms.of(merchantId, kind)).map(found -> found.stream()
                .filter(t -> t.name.equalsIgnoreCase(name)).findFirst().map(TermView::of).orElse(null));
    }

    /** Removes a term of the merchant's; terms still used by a product cannot go (409). */
    public Uni<Void> remove(UUID merchantId, TermKind kind, long id) {
        return Panache.withTransaction(() -> terms.findById(id).chain(term -> {
            if (term == null || term.kind != kind) {
                return Uni.createFrom().failure(ProblemException.notFound("term-not-found", "There is no such entry."));
            }
            if (!term.merchantId.equals(merchantId)) {
                return Uni.createFrom().failure(ProblemException.forbidden("not-your-term", "This entry belongs to another merchant."));
            }
            return terms.delete(term).call(() -> Panache.getSession().chain(s -> s.flush()));
        })).onFailure(DatabaseErrors::isForeignKeyViolation).transform(e -> ProblemException.conflict("term-in-use",
                "Products still use this entry; change them first."));
    }
}
