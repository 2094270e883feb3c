package io.bazaar.catalog.image;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Images of products. */
@ApplicationScoped
public class ProductImageRepository implements PanacheRepositoryBase<ProductImage, UUID> {

    public Uni<List<ProductImage>> attachedOf(UUID productId) {
        return list("productId = ?1 and status = ?2", Sort.by("position").and("createdAt"), productId, ImageStatus.ATTACHED);
    }

    public Uni<ProductImage> ofProduct(UUID productId, UUID imageId) {
        return find("id = ?1 and productId = ?2", imageId, productId).firstResult();
    }

    /** Attached images plus uploads whose URL may still be used. */
    public Uni<Long> countHeld(UUID productId, Instant uploadsOpenSince) {
        return count("productId = ?1 and (status = ?2 or createdAt > ?3)", productId, ImageStatus.ATTACHED, uploadsOpenSince);
    }

    /** A bulk delete: the database trigger queues each row's object for deletion. */
    public Uni<Long> deletePendingBefore(Instant before) {
        return delete("status = ?1 and createdAt < ?2", ImageStatus.PENDING, before);
    }

    /** Which of these object keys some product still shows. */
    public Uni<Set<String>> referenced(List<String> objectKeys) {
        return objectKeys.isEmpty() ? Uni.createFrom().item(Set.of())
                : list("objectKey in ?1", objectKeys).map(rows -> rows.stream().map(row -> row.objectKey).collect(Collectors.toSet()));
    }
}
