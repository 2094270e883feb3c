package io.bazaar.catalog.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The server-rendered pages (templates/page/*.html), checked against their data when the application is built. */
@CheckedTemplate(basePath = "page")
final class PageTemplates {

    private PageTemplates() {
    }

    static native TemplateInstance product(ProductPage page);

    static native TemplateInstance notFound(String siteName);
}
