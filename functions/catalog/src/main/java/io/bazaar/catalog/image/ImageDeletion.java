package io.bazaar.catalog.image;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An S3 object to delete, queued by the database trigger in the same transaction that dropped its image row. */
@Entity
@Table(name = "image_deletions")
public class ImageDeletion {

    @Id
    @Column(name = "object_key")
    public String objectKey;

    @Column(name = "requested_at", nullable = false, insertable = false, updatable = false)
    public Instant requestedAt;
}
