package io.bazaar.importer.crawl;

/**
 * What we know of a page from the last visit, to ask only for changes: the {@code ETag} and {@code Last-Modified}
 * for a conditional GET, and the SHA-256 of the body for servers that answer every GET in full.
 */
public record Validators(String etag, String lastModified, String contentHash) {

    /** A page never seen: an ordinary GET. */
    public static final Validators NONE = new Validators(null, null, null);

    /** These validators with what a new response said; headers it did not send keep their old values. */
    Validators updatedBy(String newEtag, String newLastModified, String newContentHash) {
        return new Validators(newEtag != null ? newEtag : etag, newLastModified != null ? newLastModified : lastModified,
                newContentHash != null ? newContentHash : contentHash);
    }
}
