package io.bazaar.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A schema.org item as any structured source states it (JSON-LD object, microdata or RDFa scope), so that
 * one mapper turns all three into a {@link Listing}. Property values are strings or nested things.
 */
final class Thing {

    private final Set<String> types;
    private final Map<String, List<Object>> properties = new LinkedHashMap<>();

    Thing(Set<String> types) {
        this.types = Set.copyOf(types);
    }

    /** "https://schema.org/Product", "schema:Product" and "Product" are all "Product". */
    static String simpleName(String iri) {
        String name = iri.strip();
        int cut = Math.max(name.lastIndexOf('/'), Math.max(name.lastIndexOf('#'), name.lastIndexOf(':')));
        return name.substring(cut + 1);
    }

    boolean is(String type) {
        return types.contains(type);
    }

    void add(String property, Object value) {
        properties.computeIfAbsent(simpleName(property), k -> new ArrayList<>()).add(value);
    }

    List<Object> all(String property) {
        return properties.getOrDefault(property, List.of());
    }

    List<Thing> things(String property) {
        return all(property).stream().filter(Thing.class::isInstance).map(Thing.class::cast).toList();
    }

    /** The first value as text; a nested thing answers with its name (a Brand or an Organization). */
    Optional<String> text(String property) {
        for (Object value : all(property)) {
            Optional<String> text = value instanceof Thing thing ? thing.text("name") : Optional.of((String) value);
            text = text.map(String::strip).filter(t -> !t.isEmpty());
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    List<String> texts(String property) {
        return all(property).stream()
                .map(v -> v instanceof Thing thing ? thing.text("url").or(() -> thing.text("contentUrl")).orElse(null) : (String) v)
                .filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    /** This thing and every thing nested in it, depth first. */
    Stream<Thing> selfAndDescendants() {
        return Stream.concat(Stream.of(this), properties.values().stream().flatMap(List::stream)
                .filter(Thing.class::isInstance).map(Thing.class::cast).flatMap(Thing::selfAndDescendants));
    }

    Set<String> propertyNames() {
        return properties.keySet();
    }
}
