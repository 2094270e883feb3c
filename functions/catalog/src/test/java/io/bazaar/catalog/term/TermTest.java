package io.bazaar.catalog.term;

import static io.bazaar.catalog.support.CatalogApi.as;
import static io.bazaar.catalog.support.CatalogApi.create;
import static io.bazaar.catalog.support.CatalogApi.shopperToken;
import static io.bazaar.catalog.support.CatalogApi.staffToken;
import static io.bazaar.catalog.support.CatalogApi.tshirt;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class TermTest {

    private final String staff = staffToken(UUID.randomUUID(), "products");

    @Test
    void eachListKeepsANameOnceIgnoringCase() {
        as(staff).body(Map.of("name", "Acme")).post("/api/merchant/brands").then().statusCode(201).body("name", equalTo("Acme"));
        as(staff).body(Map.of("name", "ACME")).post("/api/merchant/brands").then().statusCode(409);
        as(staff).body(Map.of("name", "Acme")).post("/api/merchant/series").then().statusCode(201);
        as(staff).get("/api/merchant/brands").then().statusCode(200).body("name", hasItem("Acme"));
        as(staff).body(Map.of("name", "")).post("/api/merchant/tags").then().statusCode(400).body("errors[0].field", equalTo("name"));
        as(staff).get("/api/merchant/colours").then().statusCode(404);
    }

    @Test
    void aTermInUseCannotBeRemovedAndOthersMerchantsTermsAreOutOfReach() {
        int tag = as(staff).body(Map.of("name", "sale")).post("/api/merchant/tags").then().statusCode(201).extract().path("id");
        Map<String, Object> draft = tshirt("Tagged Tee");
        draft.put("tagIds", java.util.List.of(tag));
        create(staff, draft).then().statusCode(201);
        as(staff).delete("/api/merchant/tags/" + tag).then().statusCode(409);

        int unused = as(staff).body(Map.of("name", "unused")).post("/api/merchant/keywords").then().statusCode(201).extract().path("id");
        String other = staffToken(UUID.randomUUID(), "products");
        as(other).delete("/api/merchant/keywords/" + unused).then().statusCode(403);
        as(other).get("/api/merchant/keywords").then().body("name", not(hasItem("unused")));
        as(shopperToken()).get("/api/merchant/keywords").then().statusCode(403);
        as(staff).delete("/api/merchant/tags/" + unused).then().statusCode(404);
        as(staff).delete("/api/merchant/keywords/" + unused).then().statusCode(204);
    }
}
