package io.bazaar.orders.address;

import static io.bazaar.orders.support.Shop.address;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.sku;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.orders.support.Shop.Customer;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class AddressTest {

    @Test
    void aCustomerKeepsAnAddressBookAndChecksOutToASavedAddress() {
        Customer shopper = customer();
        String id = as(shopper.token()).body(address()).post("/api/me/addresses").then().statusCode(201)
                .body("city", equalTo("Hangzhou")).body("line2", equalTo("")).extract().path("id");
        Map<String, Object> moved = new HashMap<>(address());
        moved.put("city", "  Ningbo ");
        as(shopper.token()).body(moved).put("/api/me/addresses/" + id).then().statusCode(200).body("city", equalTo("Ningbo"));
        as(shopper.token()).get("/api/me/addresses").then().statusCode(200).body("id", equalTo(List.of(id)));

        cart(shopper.id(), Map.of(sku(UUID.randomUUID(), "Tee", 1000, 5), 1));
        String number = checkout(shopper.token(), "k-" + UUID.randomUUID(),
                Map.of("addressId", id, "paymentMethod", "sandbox-card")).then().statusCode(201)
                .extract().path("orders[0].orderNumber");
        as(shopper.token()).get("/api/orders/" + number).then().body("shipTo.city", equalTo("Ningbo"));

        as(shopper.token()).delete("/api/me/addresses/" + id).then().statusCode(204);
        as(shopper.token()).get("/api/me/addresses/" + id).then().statusCode(404);
        // the order keeps its own copy
        as(shopper.token()).get("/api/orders/" + number).then().body("shipTo.city", equalTo("Ningbo"));
    }

    @Test
    void anotherCustomersAddressIsOutOfReach() {
        Customer owner = customer();
        Customer stranger = customer();
        String id = as(owner.token()).body(address()).post("/api/me/addresses").then().statusCode(201).extract().path("id");
        as(stranger.token()).get("/api/me/addresses/" + id).then().statusCode(404).body("type", endsWith("/address-not-found"));
        as(stranger.token()).body(address()).put("/api/me/addresses/" + id).then().statusCode(404);
        as(stranger.token()).delete("/api/me/addresses/" + id).then().statusCode(404);
        as(stranger.token()).get("/api/me/addresses").then().body("$", hasSize(0));
        cart(stranger.id(), Map.of(sku(UUID.randomUUID(), "Tee", 1000, 5), 1));
        checkout(stranger.token(), "k-" + UUID.randomUUID(), Map.of("addressId", id, "paymentMethod", "sandbox-card"))
                .then().statusCode(404).body("type", endsWith("/address-not-found"));
        as(owner.token()).get("/api/me/addresses/" + id).then().statusCode(200);
        given().get("/api/me/addresses").then().statusCode(401);
    }

    @Test
    void badAddressesAre400WithTheFieldNamed() {
        Customer shopper = customer();
        for (String field : List.of("name", "phone", "country", "city", "line1")) {
            Map<String, Object> body = new HashMap<>(address());
            body.remove(field);
            as(shopper.token()).body(body).post("/api/me/addresses").then().statusCode(400).body("errors.field", hasItem(field));
        }
        Map<String, Object> badPhone = new HashMap<>(address());
        badPhone.put("phone", "call me");
        as(shopper.token()).body(badPhone).post("/api/me/addresses").then().statusCode(400).body("errors.field", hasItem("phone"));
        Map<String, Object> badCountry = new HashMap<>(address());
        badCountry.put("country", "ZZ");
        as(shopper.token()).body(badCountry).post("/api/me/addresses").then().statusCode(400).body("errors.field", hasItem("country"));
        Map<String, Object> longLine = new HashMap<>(address());
        longLine.put("line2", "x".repeat(201));
        as(shopper.token()).body(longLine).post("/api/me/addresses").then().statusCode(400).body("errors.field", hasItem("line2"));
        as(shopper.token()).body(address()).get("/api/me/addresses/not-a-uuid").then().statusCode(404);
    }
}
