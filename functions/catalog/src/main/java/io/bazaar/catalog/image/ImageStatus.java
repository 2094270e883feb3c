package io.bazaar.catalog.image;

/** PENDING: an upload URL was handed out; ATTACHED: the upload was checked and the image belongs to the product. */
public enum ImageStatus {
    PENDING, ATTACHED
}
