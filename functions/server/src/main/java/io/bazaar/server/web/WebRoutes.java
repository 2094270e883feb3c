package io.bazaar.server.web;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * Puts the web pages of bazaar.web.dir on this server's router. The route runs just before RESTEasy Reactive's
 * (order {@code ROUTE_ORDER_AFTER_DEFAULT + 500}): with the platform's exception mapper, RESTEasy answers every
 * unknown path itself with a problem+json 404 and never hands it on, so a route after it would never see a page
 * path. API and system paths do not match this route at all.
 */
@ApplicationScoped
public class WebRoutes {

    static final int ORDER = RouteConstants.ROUTE_ORDER_AFTER_DEFAULT + 100;

    private static final Logger LOG = Logger.getLogger(WebRoutes.class);

    void register(@Observes Router router, WebConfig config, Vertx vertx) {
        if (config.dir().isEmpty()) {
            return;
        }
        Path root = config.dir().get().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            LOG.warnf("bazaar.web.dir is %s, which is not a directory: no web pages are served", root);
            return;
        }
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            LOG.warnf("%s has no index.html (yet); build web/ (npm run build) to serve the storefront", root);
        }
        router.routeWithRegex(WebPaths.WEB_PAGE_REGEX).method(HttpMethod.GET).method(HttpMethod.HEAD).order(ORDER)
                .handler(new WebPageHandler(new WebFiles(vertx.fileSystem(), root)));
        LOG.infof("Web pages from %s: the storefront at /, the console at /console/", root);
    }
}
