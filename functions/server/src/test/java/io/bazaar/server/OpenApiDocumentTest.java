package io.bazaar.server;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.platform.problem.Problem;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * The merged OpenAPI document the web client is generated from tells the truth: errors, tokens, nullable fields and
 * the category tree, checked against the running server.
 */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class OpenApiDocumentTest {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private JsonNode document;

    @BeforeEach
    void readDocument() throws Exception {
        document = new ObjectMapper().readTree(given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }

    /** An API operation without parameters, body or token has nothing a client can get wrong: only its default. */
    @Test
    void everyOperationAnswersItsErrorsAsProblems() {
        Set<String> withoutInput = new HashSet<>();
        for (Op op : operations()) {
            assertTrue(isProblem(op.node.path("responses").path("default")), op + ": default is not a Problem");
            boolean problem4xx = fields(op.node.path("responses")).entrySet().stream()
                    .anyMatch(e -> e.getKey().startsWith("4") && isProblem(e.getValue()));
            boolean input = op.node.has("parameters") || op.node.has("requestBody") || op.node.has("security");
            if (op.path.startsWith("/api/") && input) {
                assertTrue(problem4xx, op + " lists no 4xx problem+json response");
            } else if (op.path.startsWith("/api/")) {
                withoutInput.add(op.toString());
            }
            fields(op.node.path("responses")).forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    assertFalse(response.path("content").isEmpty(), op + " " + code + " has no content");
                }
            });
        }
        assertEquals(Set.of("GET /api/catalog/categories", "GET /api/coupons/available"), withoutInput);
    }

    @Test
    void onlyOperationsThatReadABodyDeclareOne() {
        for (Op op : operations()) {
            if (op.method.equals("get") || op.method.equals("delete")) {
                assertTrue(op.node.path("requestBody").isMissingNode(), op + " declares a request body");
            }
        }
        // Injected server objects (the Vert.x request) are context, not the body of a cart change or a sign-out.
        assertTrue(operation("post", "/api/cart/merge").node.path("requestBody").isMissingNode());
        assertEquals(List.of("skuId"), StreamSupport.stream(operation("delete", "/api/cart/lines/{skuId}").node
                .path("parameters").spliterator(), false).map(p -> p.path("name").asText()).toList());
    }

    @Test
    void everyJsonAnswerHasASchema() {
        for (Op op : operations()) {
            fields(op.node.path("responses")).forEach((code, response) -> fields(response.path("content"))
                    .forEach((mediaType, content) -> {
                        if (mediaType.contains("json")) {
                            assertFalse(content.path("schema").isEmpty(), op + " " + code + " " + mediaType + " has no schema");
                        }
                    }));
        }
    }

    @Test
    void operationsThatNeedATokenAnswer401WithoutOne() {
        List<Op> secured = operations().stream().filter(Op::needsToken).toList();
        assertTrue(secured.size() > 40, "only " + secured.size() + " operations need a token");
        for (Op op : secured) {
            assertTrue(op.schemes().stream().allMatch("jwt"::equals), op + " names another scheme: " + op.schemes());
            assertTrue(op.node.path("responses").has("401") && op.node.path("responses").has("403"), op + " lists no 401/403");
            Response answer = op.call(given());
            assertEquals(401, answer.statusCode(), op + " answered " + answer.statusCode() + " without a token");
            assertTrue(answer.contentType().startsWith(Problem.MEDIA_TYPE), op + " answered " + answer.contentType());
        }
        JsonNode scheme = document.path("components").path("securitySchemes").path("jwt");
        assertEquals("http", scheme.path("type").asText());
        assertEquals("bearer", scheme.path("scheme").asText());
    }

    @Test
    void operationsThatNeedNoTokenDoNotAnswer401WithoutOne() {
        List<Op> open = operations().stream().filter(op -> !op.needsToken() && op.method.equals("get")).toList();
        assertTrue(open.size() >= 10, "only " + open.size() + " public GET operations");
        for (Op op : open) {
            int status = op.call(given().redirects().follow(false)).statusCode();
            assertTrue(status != 401 && status != 403, op + " answered " + status + " without a token");
        }
    }

    @Test
    void theCartTakesATokenButDoesNotNeedOne() {
        Op cart = operation("get", "/api/cart");
        assertFalse(cart.needsToken());
        assertEquals(List.of("jwt"), cart.schemes());
        assertTrue(operation("post", "/api/cart/merge").needsToken());
        String merchantStaff = Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("merchant-staff"))
                .claim("merchant_id", UUID.randomUUID().toString()).sign();
        given().auth().oauth2(merchantStaff).get("/api/cart").then().statusCode(403);
    }

    @Test
    void fieldsThatComeBackNullAreNullableAndStillRequired() {
        Map<String, List<String>> nullable = Map.of(
                "ProductCard", List.of("brand", "image", "ratingAverage"),
                "MerchantProductView", List.of("brandId", "seriesId"),
                "SkuView", List.of("code", "imageId"),
                "ShippingRule", List.of("currency", "freeAboveMinor"),
                "ProfileView", List.of("email", "phone", "displayName", "staff"),
                "OrderView", List.of("paidAt", "carrier"));
        nullable.forEach((schema, properties) -> properties.forEach(property -> {
            assertTrue(isNullable(property(schema, property)), schema + "." + property + " is not nullable");
            assertTrue(required(schema).contains(property), schema + "." + property + " is not required");
        }));
        for (String never : List.of("ProductCard.id", "ProductCard.name", "ProductCard.inStock", "MerchantProductView.skus",
                "SkuView.priceMinor", "ShippingRule.regions", "OrderView.shipTo")) {
            String[] parts = never.split("\\.");
            assertFalse(isNullable(property(parts[0], parts[1])), never + " is nullable");
            assertTrue(required(parts[0]).contains(parts[1]), never + " is not required");
        }
        assertFalse(required("ProductDraft").contains("brandId"), "a request field that may be left out is required");
    }

    @Test
    void theDefaultShippingRuleAnswersNullWhereTheDocumentSaysSo() {
        String staff = Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("customer", "merchant-staff"))
                .claim("merchant_id", UUID.randomUUID().toString()).claim("permissions", List.of("settings")).sign();
        JsonNode rule = json(given().auth().oauth2(staff).get("/api/merchant/shipping-rule").then().statusCode(200)
                .extract().asString());
        assertEquals(required("ShippingRule"), names(rule));
        assertTrue(rule.get("currency").isNull());
        assertTrue(rule.get("freeAboveMinor").isNull());
    }

    @Test
    void theCategoryTreeIsANamedSchemaThatRefersToItself() {
        JsonNode tree = operation("get", "/api/catalog/categories").node.path("responses").path("200").path("content")
                .path("application/json").path("schema");
        assertEquals("array", tree.path("type").asText());
        assertEquals(SCHEMAS + "CategoryView", tree.path("items").path("$ref").asText());
        JsonNode children = property("CategoryView", "children");
        assertEquals(SCHEMAS + "CategoryView", children.path("items").path("$ref").asText());
        JsonNode added = operation("post", "/api/admin/categories").node.path("responses").path("201").path("content")
                .path("application/json").path("schema");
        assertEquals(SCHEMAS + "CategoryView", added.path("$ref").asText());
        JsonNode served = json(given().get("/api/catalog/categories").then().statusCode(200).extract().asString());
        assertTrue(served.get(0).get("children").size() > 0, "the seeded tree has no second level");
    }

    @Test
    void theProblemSchemaIsTheBodyOfEveryError() {
        Set<String> components = Arrays.stream(Problem.class.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toSet());
        assertEquals(components, names(schema("Problem").path("properties")));
        assertEquals(Set.of("type", "title", "status"), required("Problem"));
        assertEquals(Set.of("field", "message"), required("FieldError"));
        JsonNode invalid = json(given().contentType(ContentType.JSON).body("{}").post("/api/auth/login").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).extract().asString());
        assertTrue(components.containsAll(names(invalid)), "the body has fields the schema lacks: " + names(invalid));
        assertTrue(names(invalid).containsAll(required("Problem")));
        assertTrue(names(invalid.get("errors").get(0)).containsAll(required("FieldError")));
    }

    private List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        fields(document.path("paths")).forEach((path, item) -> fields(item).forEach((method, node) -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                ops.add(new Op(method, path, node));
            }
        }));
        assertTrue(ops.size() > 70, "the document has only " + ops.size() + " operations");
        return ops;
    }

    private Op operation(String method, String path) {
        return operations().stream().filter(op -> op.method.equals(method) && op.path.equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + method + " " + path));
    }

    private JsonNode schema(String name) {
        JsonNode schema = document.path("components").path("schemas").path(name);
        assertFalse(schema.isMissingNode(), "no schema " + name);
        return schema;
    }

    private JsonNode property(String schema, String name) {
        JsonNode property = schema(schema).path("properties").path(name);
        assertFalse(property.isMissingNode(), "no property " + schema + "." + name);
        return property;
    }

    private Set<String> required(String schema) {
        return StreamSupport.stream(schema(schema).path("required").spliterator(), false).map(JsonNode::asText)
                .collect(Collectors.toSet());
    }

    /** OpenAPI 3.1: a "null" among the types, or a $ref alternative to the null type. */
    private static boolean isNullable(JsonNode property) {
        Predicate<JsonNode> nullType = n -> n.path("type").asText().equals("null")
                || StreamSupport.stream(n.path("type").spliterator(), false).anyMatch(t -> t.asText().equals("null"));
        return nullType.test(property) || StreamSupport.stream(property.path("anyOf").spliterator(), false).anyMatch(nullType);
    }

    private static boolean isProblem(JsonNode response) {
        return response.path("content").path(Problem.MEDIA_TYPE).path("schema").path("$ref").asText()
                .equals(SCHEMAS + Problem.SCHEMA);
    }

    private static Map<String, JsonNode> fields(JsonNode node) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        node.properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
        return fields;
    }

    private static Set<String> names(JsonNode object) {
        return new HashSet<>(fields(object).keySet());
    }

    private static JsonNode json(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** One operation of the document, and a request to it with made-up path values and an empty JSON body. */
    private record Op(String method, String path, JsonNode node) {

        /** Every way to call it names a scheme: no empty requirement, which would mean "or without a token". */
        boolean needsToken() {
            JsonNode security = node.path("security");
            return security.size() > 0 && StreamSupport.stream(security.spliterator(), false).allMatch(r -> r.size() > 0);
        }

        List<String> schemes() {
            List<String> names = new ArrayList<>();
            node.path("security").forEach(r -> r.properties().forEach(e -> names.add(e.getKey())));
            return names;
        }

        Response call(RequestSpecification request) {
            Matcher parameters = PATH_PARAMETER.matcher(path);
            StringBuilder url = new StringBuilder();
            while (parameters.find()) {
                parameters.appendReplacement(url, switch (parameters.group(1).split(":")[0].strip()) {
                    case "kind" -> "brands";
                    case "part" -> "1";
                    case "provider" -> "sandbox";
                    default -> UUID.randomUUID().toString();
                });
            }
            parameters.appendTail(url);
            if (node.has("requestBody")) {
                request = request.contentType(ContentType.JSON).body("{}");
            }
            return request.request(method.toUpperCase(), url.toString());
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }
}
