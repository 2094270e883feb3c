package io.bazaar.server.web;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a GET or HEAD of a web page path: the file of the build when there is one; otherwise, for a browser asking
 * for a page (history-mode routes such as /products/42 or /console/orders), the index.html of the app it belongs to.
 * Everything else goes on to the API, whose 404 is problem+json.
 */
final class WebPageHandler implements Handler<RoutingContext> {

    private final WebFiles files;

    WebPageHandler(WebFiles files) {
        this.files = files;
    }

    @Override
    public void handle(RoutingContext context) {
        String path = context.normalizedPath();
        files.send(context, path, () -> {
            if (acceptsHtml(context.request().getHeader(HttpHeaders.ACCEPT))) {
                files.send(context, WebPaths.indexFor(path), context::next);
            } else {
                context.next();
            }
        });
    }

    /** A browser navigating asks for text/html by name; fetch() and script or image loads do not. */
    static boolean acceptsHtml(String accept) {
        if (accept == null) {
            return false;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            if (parts[0].trim().equalsIgnoreCase("text/html")) {
                for (int i = 1; i < parts.length; i++) {
                    if (parts[i].trim().replace(" ", "").matches("(?i)q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
