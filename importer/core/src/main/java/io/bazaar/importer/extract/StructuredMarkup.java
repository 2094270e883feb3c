package io.bazaar.importer.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads items marked up in HTML attributes; microdata (itemscope/itemtype/itemprop) and RDFa
 * (typeof/property) differ only in the attribute names.
 */
final class StructuredMarkup {

    private final String scopeAttribute;
    private final String typeAttribute;
    private final String propertyAttribute;

    StructuredMarkup(String scopeAttribute, String typeAttribute, String propertyAttribute) {
        this.scopeAttribute = scopeAttribute;
        this.typeAttribute = typeAttribute;
        this.propertyAttribute = propertyAttribute;
    }

    /** Every item on the page that is not a property of another item. */
    List<Thing> topLevelItems(Document page) {
        List<Thing> items = new ArrayList<>();
        for (Element element : page.getElementsByAttribute(scopeAttribute)) {
            if (!element.hasAttr(propertyAttribute) || element.parents().stream().noneMatch(p -> p.hasAttr(scopeAttribute))) {
                items.add(item(element));
            }
        }
        return items;
    }

    private Thing item(Element scope) {
        Set<String> types = Arrays.stream(scope.attr(typeAttribute).split("\\s+")).filter(t -> !t.isBlank())
                .map(Thing::simpleName).collect(Collectors.toSet());
        Thing thing = new Thing(types);
        scope.children().forEach(child -> collect(child, thing));
        return thing;
    }

    private void collect(Element element, Thing owner) {
        boolean isScope = element.hasAttr(scopeAttribute);
        if (element.hasAttr(propertyAttribute)) {
            Object value = isScope ? item(element) : value(element);
            for (String name : element.attr(propertyAttribute).split("\\s+")) {
                if (!name.isBlank()) {
                    owner.add(name, value);
                }
            }
        }
        if (!isScope) {
            element.children().forEach(child -> collect(child, owner));
        }
    }

    private static String value(Element element) {
        if (element.hasAttr("content")) {
            return element.attr("content");
        }
        if (element.hasAttr("resource")) {
            return element.absUrl("resource");
        }
        return switch (element.normalName()) {
            case "a", "link", "area" -> element.absUrl("href");
            case "img", "source", "audio", "video", "embed", "iframe" -> element.absUrl("src");
            case "time" -> element.hasAttr("datetime") ? element.attr("datetime") : element.text();
            case "data", "meter" -> element.attr("value");
            default -> element.text();
        };
    }
}
