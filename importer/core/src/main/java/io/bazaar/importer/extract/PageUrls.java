package io.bazaar.importer.extract;

import java.net.URI;
import java.util.Optional;

/** Image and link URLs in pages are often relative or sloppy; listings keep only absolute http(s) URLs. */
final class PageUrls {

    private PageUrls() {
    }

    static Optional<String> absolute(URI base, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        try {
            URI resolved = base.resolve(reference.strip().replace(" ", "%20"));
            String scheme = resolved.getScheme();
            return scheme != null && (scheme.equals("http") || scheme.equals("https") || scheme.equals("file"))
                    ? Optional.of(resolved.toString()) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
