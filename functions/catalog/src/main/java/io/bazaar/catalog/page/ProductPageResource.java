package io.bazaar.catalog.page;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** /p/{id}/{slug}: the product page search engines and social networks read, rendered on the server. */
@Path("/p")
@Tag(name = "Product pages")
@PermitAll
public class ProductPageResource {

    static final String HTML = "text/html;charset=UTF-8";
    private static final String CACHE = "public, max-age=300";
    /** Short, so a product that goes on sale shows up soon, yet bursts on dead links do not all reach the database. */
    private static final String NOT_FOUND_CACHE = "public, max-age=60";

    private final ProductPages pages;
    private final ProductJsonLd jsonLd;
    private final CanonicalUrls urls;
    private final PageConfig config;

    ProductPageResource(ProductPages pages, ProductJsonLd jsonLd, CanonicalUrls urls, PageConfig config) {
        this.pages = pages;
        this.jsonLd = jsonLd;
        this.urls = urls;
        this.config = config;
    }

    @GET
    @Path("/{id}/{slug}")
    @Produces(HTML)
    @Operation(summary = "The product's HTML page; a wrong slug redirects (301) to the canonical address")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "301", description = "Moved to the canonical address (Location)")
    @APIResponse(responseCode = "404",
            description = "No product on sale has this id",
            content = @Content(mediaType = HTML))
    public Uni<Response> page(@PathParam("id") String id, @PathParam("slug") String slug,
            @Context HttpServerRequest http) {
        return render(id, slug, http.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private Uni<Response> render(String id, String slug, String acceptLanguage) {
        UUID productId = uuid(id);
        if (productId == null) {
            return notFound();
        }
        return pages.visible(productId).chain(found -> {
            if (found.isEmpty()) {
                return notFound();
            }
            ProductDetails details = found.get();
            if (!id.equals(productId.toString()) || !details.product().slug.equals(slug)) {
                return Uni.createFrom().item(Response.status(Response.Status.MOVED_PERMANENTLY)
                        .location(URI.create(urls.path(productId, details.product().slug)))
                        .header(HttpHeaders.CACHE_CONTROL, CACHE).build());
            }
            String canonical = urls.of(productId, details.product().slug);
            ReviewerNames names = ReviewerNames.forReader(acceptLanguage);
            ProductPage page = ProductPage.of(details, canonical, config.siteName(), jsonLd.of(details, canonical, names),
                    names);
            // a deleted account's reviews are named in the reader's language
            return PageTemplates.product(page).createUni()
                    .map(html -> Response.ok(html, HTML).header(HttpHeaders.CACHE_CONTROL, CACHE)
                            .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build());
        });
    }

    @GET
    @Path("/{id}")
    @Produces(HTML)
    @Operation(summary = "Redirects (301) to the product's canonical page address")
    @APIResponse(responseCode = "301", description = "Moved to the canonical address (Location)")
    @APIResponse(responseCode = "404",
            description = "No product on sale has this id",
            content = @Content(mediaType = HTML))
    public Uni<Response> withoutSlug(@PathParam("id") String id) {
        return render(id, null, null);
    }

    private Uni<Response> notFound() {
        return PageTemplates.notFound(config.siteName()).createUni().map(html -> Response.status(Response.Status.NOT_FOUND)
                .entity(html).type(HTML).header(HttpHeaders.CACHE_CONTROL, NOT_FOUND_CACHE).build());
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
