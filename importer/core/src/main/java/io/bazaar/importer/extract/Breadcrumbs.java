package io.bazaar.importer.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Category paths come from a BreadcrumbList when the page has one, else from the visible breadcrumb trail. */
final class Breadcrumbs {

    private Breadcrumbs() {
    }

    /** Names of a schema.org BreadcrumbList's items in position order. */
    static List<String> of(Thing list) {
        return list.things("itemListElement").stream()
                .sorted(Comparator.comparingInt(Breadcrumbs::position))
                .map(item -> item.text("name").or(() -> item.things("item").stream()
                        .map(i -> i.text("name")).flatMap(Optional::stream).findFirst()))
                .flatMap(Optional::stream).toList();
    }

    /** The structured trail when there is one, else the visible one. */
    static List<String> or(List<String> structured, Document page) {
        return structured.isEmpty() ? visible(page) : structured;
    }

    /** The visible trail: links or items of a nav or list marked as breadcrumb. */
    static List<String> visible(Document page) {
        Element trail = page.selectFirst("nav[aria-label~=(?i)breadcrumb], [class~=(?i)breadcrumb], [id~=(?i)breadcrumb]");
        if (trail == null) {
            return List.of();
        }
        List<Element> items = trail.select("li");
        if (items.isEmpty()) {
            items = trail.select("a");
        }
        return items.stream().map(Element::text).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    private static int position(Thing item) {
        try {
            return item.text("position").map(Integer::parseInt).orElse(Integer.MAX_VALUE);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
