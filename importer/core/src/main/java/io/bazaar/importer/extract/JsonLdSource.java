package io.bazaar.importer.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads schema.org JSON-LD blocks (plain, arrays, @graph with @id references), the richest source shops offer. */
final class JsonLdSource implements ListingSource {

    private static final int MAX_DEPTH = 12;
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    @Override
    public Optional<Listing> extract(Document page, URI url) {
        List<JsonNode> roots = new ArrayList<>();
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            read(script.data()).ifPresent(node -> collect(node, roots));
        }
        Map<String, JsonNode> byId = new HashMap<>();
        roots.forEach(node -> node.optional("@id").map(JsonNode::asText).ifPresent(id -> byId.putIfAbsent(id, node)));
        List<Thing> things = roots.stream().map(node -> thing(node, byId, 0, new HashSet<>())).toList();
        return ThingListingMapper.product(things)
                .map(product -> ThingListingMapper.map(product, url, Breadcrumbs.or(ThingListingMapper.breadcrumbs(things), page), "json-ld"));
    }

    private static Optional<JsonNode> read(String data) {
        try (JsonParser parser = JSON.createParser(data.strip())) {
            return Optional.ofNullable(JSON.readTree(parser));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void collect(JsonNode node, List<JsonNode> roots) {
        if (node.isArray()) {
            node.forEach(item -> collect(item, roots));
        } else if (node.isObject()) {
            roots.add(node);
            node.path("@graph").forEach(item -> collect(item, roots));
        }
    }

    private static Thing thing(JsonNode node, Map<String, JsonNode> byId, int depth, Set<String> visiting) {
        Set<String> types = new HashSet<>();
        JsonNode type = node.path("@type");
        (type.isArray() ? type : List.of(type)).forEach(t -> {
            if (t.isTextual()) {
                types.add(Thing.simpleName(t.asText()));
            }
        });
        Thing thing = new Thing(types);
        node.fields().forEachRemaining(field -> {
            if (!field.getKey().startsWith("@")) {
                JsonNode value = field.getValue();
                (value.isArray() ? value : List.of(value)).forEach(v -> add(thing, field.getKey(), v, byId, depth, visiting));
            }
        });
        return thing;
    }

    private static void add(Thing thing, String property, JsonNode value, Map<String, JsonNode> byId, int depth,
                            Set<String> visiting) {
        if (value.isObject()) {
            if (depth >= MAX_DEPTH) {
                return;
            }
            String id = value.path("@id").asText("");
            if (value.size() == 1 && byId.containsKey(id)) {
                if (visiting.add(id)) {
                    thing.add(property, thing(byId.get(id), byId, depth + 1, visiting));
                    visiting.remove(id);
                }
                return;
            }
            thing.add(property, thing(value, byId, depth + 1, visiting));
        } else if (value.isNumber()) {
            thing.add(property, value.decimalValue().toPlainString());
        } else if (value.isValueNode() && !value.isNull()) {
            thing.add(property, value.asText());
        }
    }
}
