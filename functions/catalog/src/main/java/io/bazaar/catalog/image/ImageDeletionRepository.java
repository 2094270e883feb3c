package io.bazaar.catalog.image;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The queue of S3 objects to delete, read in key order so a pass over it always ends. */
@ApplicationScoped
public class ImageDeletionRepository implements PanacheRepositoryBase<ImageDeletion, String> {

    public Uni<List<ImageDeletion>> after(String objectKey, int limit) {
        return find("objectKey > ?1", Sort.by("objectKey"), objectKey).page(0, limit).list();
    }

    public Uni<Long> remove(List<String> objectKeys) {
        return objectKeys.isEmpty() ? Uni.createFrom().item(0L) : delete("objectKey in ?1", objectKeys);
    }
}
