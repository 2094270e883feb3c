package io.bazaar.catalog.image;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product's picture: a row per S3 object, so that no object exists that the database does not know of. */
@Entity
@Table(name = "product_images")
public class ProductImage {

    @Id
    public UUID id;

    @Column(name = "product_id", nullable = false)
    public UUID productId;

    @Column(name = "merchant_id", nullable = false)
    public UUID merchantId;

    /** products/{productId}/{imageId} in the images bucket. */
    @Column(name = "object_key", nullable = false)
    public String objectKey;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    /** Declared while PENDING, measured once ATTACHED. */
    @Column(name = "size_bytes")
    public Integer sizeBytes;

    public Integer width;

    public Integer height;

    /** 0 is the main image; attached images are numbered without gaps. */
    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImageStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
