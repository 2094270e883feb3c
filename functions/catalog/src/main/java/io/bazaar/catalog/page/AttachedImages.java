package io.bazaar.catalog.page;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The object keys of a product's attached images in the merchant's order; uploads still pending never show. */
@ApplicationScoped
public class AttachedImages {

    @SuppressWarnings("unchecked")
    public Uni<List<String>> objectKeys(UUID productId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                select object_key from product_images
                where product_id = ?1 and status = 'ATTACHED' order by position, created_at""", String.class)
                .setParameter(1, productId).getResultList())
                .map(keys -> List.copyOf((List<String>) keys));
    }
}
