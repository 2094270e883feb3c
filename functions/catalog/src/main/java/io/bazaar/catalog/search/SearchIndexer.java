package io.bazaar.catalog.search;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Keeps a product's search vector current, in the transaction that changes the product: the name weighs most (A),
 * then brand, series, keywords and tags (B), then the description (C).
 */
@ApplicationScoped
public class SearchIndexer {

    private static final String UPDATE = """
            update products set search_vector =
                setweight(to_tsvector('english', ?2), 'A') || setweight(to_tsvector('simple', ?3), 'A') ||
                setweight(to_tsvector('english', ?4), 'B') || setweight(to_tsvector('simple', ?5), 'B') ||
                setweight(to_tsvector('english', ?6), 'C') || setweight(to_tsvector('simple', ?7), 'C')
            where id = ?1""";

    /** Call inside the transaction, after the product row is flushed. */
    public Uni<Void> index(UUID productId, String name, String terms, String descriptionText) {
        SearchText n = SearchText.of(name);
        SearchText t = SearchText.of(terms);
        SearchText d = SearchText.of(descriptionText);
        return Panache.getSession().chain(session -> session.flush().chain(() -> session.createNativeQuery(UPDATE)
                .setParameter(1, productId)
                .setParameter(2, n.words()).setParameter(3, n.cjkTokens())
                .setParameter(4, t.words()).setParameter(5, t.cjkTokens())
                .setParameter(6, d.words()).setParameter(7, d.cjkTokens())
                .executeUpdate())).replaceWithVoid();
    }
}
