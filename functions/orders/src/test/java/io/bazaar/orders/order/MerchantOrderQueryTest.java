package io.bazaar.orders.order;

import static io.bazaar.orders.support.Shop.pay;
import static io.bazaar.orders.support.Shop.placeOrder;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.newPhone;
import static io.bazaar.orders.support.Shop.one;
import static io.bazaar.orders.support.Shop.sku;
import static io.bazaar.orders.support.Shop.staffToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.orders.support.Shop.Customer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Tuple;

/** The merchant's order query: every filter, the sorts, keyset pages stable under new orders, bad input, others' orders. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class MerchantOrderQueryTest {

    UUID merchant;
    String staff;
    Customer alice;
    Customer bob;
    UUID tee;
    UUID cap;
    String shipped;
    String unpaid;
    String toHan;
    String foreign;

    /** tee 10.00 shipped by SF to Alice; 3 caps (15.00) unpaid for Bob; a cap (5.00) paid by Alice for Han Meimei. */
    @BeforeEach
    void shop() {
        merchant = UUID.randomUUID();
        staff = staffToken(merchant, "orders");
        alice = customer(true, newPhone());
        bob = customer();
        tee = sku(merchant, "Tee", 1000, 50);
        cap = sku(merchant, "Cap", 500, 50);
        shipped = placeOrder(alice, tee, 1).getString("orders[0].orderNumber");
        pay(shipped, alice);
        as(staff).body(Map.of("carrier", "SF Express", "trackingNumber", "SF" + shipped)).post("/api/merchant/orders/" + shipped + "/ship")
                .then().statusCode(200);
        unpaid = placeOrder(bob, cap, 3).getString("orders[0].orderNumber");
        cart(alice.id(), Map.of(cap, 1));
        Map<String, Object> body = checkoutBody();
        @SuppressWarnings("unchecked")
        Map<String, Object> address = new HashMap<>((Map<String, Object>) body.get("address"));
        address.put("name", "Han Meimei");
        address.put("phone", "+86 139-0000-1111");
        body.put("address", address);
        toHan = checkout(alice.token(), "k-" + UUID.randomUUID(), body).then().statusCode(201).extract().path("orders[0].orderNumber");
        pay(toHan, alice);
        foreign = placeOrder(alice, sku(UUID.randomUUID(), "Mug", 700, 5), 1).getString("orders[0].orderNumber");
    }

    @Test
    void eachFilterFindsItsOrdersAndNeverAnotherMerchants() {
        assertEquals(List.of(toHan, unpaid, shipped), numbers(""));
        assertEquals(List.of(toHan, shipped), numbers("status=PAID&status=shipped"));
        assertEquals(List.of(toHan, shipped), numbers("status=PAID,SHIPPED"));
        assertEquals(List.of(unpaid), numbers("paymentStatus=UNPAID"));
        assertEquals(List.of(toHan, shipped), numbers("paymentStatus=paid"));
        assertEquals(List.of(), numbers("paymentStatus=REFUNDED"));
        assertEquals(List.of(toHan, shipped), numbers("customer=" + alice.email().toUpperCase()));
        assertEquals(List.of(toHan, shipped), numbers(Map.of("customer", alice.phone())));
        assertEquals(List.of(), numbers("customer=nobody-" + UUID.randomUUID() + "@example.com"));
        assertEquals(List.of(shipped), numbers("product=" + productOf(tee)));
        assertEquals(List.of(toHan, unpaid), numbers("sku=" + cap));
        assertEquals(List.of(unpaid), numbers("number=" + unpaid.toLowerCase()));
        assertEquals(List.of(toHan), numbers("recipientName=han"));
        assertEquals(List.of(toHan), numbers("recipientPhone=13900001111"));
        assertEquals(List.of(shipped), numbers(Map.of("carrier", "sf express")));
        assertEquals(List.of(shipped), numbers("trackingNumber=SF" + shipped));
        assertEquals(List.of(toHan, unpaid, shipped), numbers("from=2020-01-01&to=2999-12-31"));
        assertEquals(List.of(), numbers("to=2020-01-01"));
        // the customer's other order was sold by another merchant: none of these ever shows it
        assertEquals(List.of(), numbers("number=" + foreign));
        as(staffToken(UUID.randomUUID(), "orders")).get("/api/merchant/orders?customer=" + alice.email()).then()
                .statusCode(200).body("items", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    void listsShowTheCustomerMaskedAndTheRecipient() {
        JsonPath page = as(staff).get("/api/merchant/orders?number=" + toHan).then().statusCode(200).extract().jsonPath();
        String local = alice.email().substring(0, alice.email().indexOf('@'));
        assertEquals("s***" + local.charAt(local.length() - 1), page.getString("items[0].customerEmail"));
        assertEquals("****" + alice.phone().substring(alice.phone().length() - 4), page.getString("items[0].customerPhone"));
        assertEquals("Han Meimei", page.getString("items[0].recipientName"));
        assertEquals("PAID", page.getString("items[0].paymentStatus"));
        as(staff).get("/api/merchant/orders?number=" + shipped).then().body("items[0].carrier", equalTo("SF Express"))
                .body("items[0].status", equalTo("SHIPPED"));
        as(staff).get("/api/merchant/orders?number=" + unpaid).then().body("items[0].customerPhone", nullValue())
                .body("items[0].totalMinor", equalTo(1500));
    }

    @Test
    void sortsByDateAndByTotal() {
        assertEquals(List.of(shipped, unpaid, toHan), numbers("sort=oldest"));
        assertEquals(List.of(unpaid, shipped, toHan), numbers("sort=TOTAL_HIGH"));
        assertEquals(List.of(toHan, shipped, unpaid), numbers("sort=total_low"));
    }

    @Test
    void keysetPagesStayStableWhenNewOrdersArrive() {
        JsonPath first = page("limit=1", null);
        assertEquals(List.of(toHan), first.getList("items.orderNumber"));
        String newer = placeOrder(bob, tee, 1).getString("orders[0].orderNumber");
        JsonPath second = page("limit=1", first.getString("nextCursor"));
        assertEquals(List.of(unpaid), second.getList("items.orderNumber"));
        JsonPath third = page("limit=1", second.getString("nextCursor"));
        assertEquals(List.of(shipped), third.getList("items.orderNumber"));
        assertEquals(null, third.getString("nextCursor"));
        assertEquals(List.of(newer, toHan), page("limit=2", null).getList("items.orderNumber"));
        // by total: 15.00, 10.00 and 10.00 (the new tee; the number breaks the tie), then 5.00
        JsonPath byTotal = page("limit=2&sort=TOTAL_HIGH", null);
        assertEquals(2, byTotal.getList("items").size());
        JsonPath rest = page("limit=2&sort=TOTAL_HIGH", byTotal.getString("nextCursor"));
        assertEquals(toHan, rest.getList("items.orderNumber").get(rest.getList("items").size() - 1));
        assertNotNull(byTotal.getString("nextCursor"));
    }

    @Test
    void badFiltersAreOne400NamingEachFieldAndACursorOfAnotherSortIsRefused() {
        as(staff).get("/api/merchant/orders?status=LOST&paymentStatus=owed&from=yesterday&to=2020-13-01&customer=bob"
                + "&product=42&sku=x&number=AB-12&recipientPhone=call-me&sort=random").then().statusCode(400)
                .body("type", endsWith("/validation"))
                .body("errors.field", containsInAnyOrder("status", "paymentStatus", "from", "to", "customer", "product",
                        "sku", "number", "recipientPhone", "sort"));
        as(staff).get("/api/merchant/orders?limit=0").then().statusCode(400).body("errors.field", containsInAnyOrder("limit"));
        as(staff).get("/api/merchant/orders?from=2026-12-02&to=2026-12-01").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("to"));
        String cursor = page("limit=1", null).getString("nextCursor");
        as(staff).get("/api/merchant/orders?sort=TOTAL_LOW&cursor=" + cursor).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("cursor"));
        as(staff).get("/api/merchant/orders?cursor=not-a-cursor").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("cursor"));
    }

    @Test
    void theListNeedsTheOrdersPermission() {
        as(staffToken(merchant, "products")).get("/api/merchant/orders").then().statusCode(403)
                .body("type", endsWith("/missing-permission"));
        as(alice.token()).get("/api/merchant/orders").then().statusCode(403);
        given().get("/api/merchant/orders").then().statusCode(401);
    }

    private JsonPath page(String query, String cursor) {
        String url = "/api/merchant/orders?" + query + (cursor == null ? "" : "&cursor=" + cursor);
        return as(staff).get(url).then().statusCode(200).extract().jsonPath();
    }

    private List<String> numbers(String query) {
        return as(staff).get("/api/merchant/orders" + (query.isEmpty() ? "" : "?" + query)).then().statusCode(200).extract().jsonPath()
                .getList("items.orderNumber");
    }

    private List<String> numbers(Map<String, String> query) {
        return as(staff).queryParams(query).get("/api/merchant/orders").then().statusCode(200).extract().jsonPath()
                .getList("items.orderNumber");
    }

    private static UUID productOf(UUID sku) {
        return one("select product_id from skus where id = $1", Tuple.of(sku)).getUUID(0);
    }

}
