package io.bazaar.catalog.page;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/** /sitemap.xml, its parts and /robots.txt: how crawlers find every product page. */
@Path("/")
@Tag(name = "Product pages")
@PermitAll
public class SitemapResource {

    static final String XML = "application/xml;charset=UTF-8";
    private static final String CACHE = "public, max-age=3600";

    private final Sitemaps sitemaps;
    private final CanonicalUrls urls;

    SitemapResource(Sitemaps sitemaps, CanonicalUrls urls) {
        this.sitemaps = sitemaps;
        this.urls = urls;
    }

    @GET
    @Path("sitemap.xml")
    @Produces(XML)
    @Operation(summary = "The sitemap index: one part per block of products on sale")
    public Uni<Response> index() {
        return sitemaps.index().map(SitemapResource::xml);
    }

    @GET
    @Path("sitemaps/products-{part: [0-9]{1,9}}.xml")
    @Produces(XML)
    @Operation(summary = "One sitemap part: the canonical addresses of products on sale, with their last change")
    public Uni<Response> part(@PathParam("part") long part) {
        return sitemaps.part(part).map(found -> xml(found.orElseThrow(() -> ProblemException.notFound(
                "sitemap-part-not-found", "There is no sitemap part " + part + "."))));
    }

    @GET
    @Path("robots.txt")
    @Produces("text/plain;charset=UTF-8")
    public Response robots() {
        String body = """
                User-agent: *
                Allow: /p/
                Disallow: /api/

                Sitemap: %s
                """.formatted(urls.site("/sitemap.xml"));
        return Response.ok(body).header(HttpHeaders.CACHE_CONTROL, CACHE).build();
    }

    private static Response xml(String body) {
        return Response.ok(body, XML).header(HttpHeaders.CACHE_CONTROL, CACHE).build();
    }
}
