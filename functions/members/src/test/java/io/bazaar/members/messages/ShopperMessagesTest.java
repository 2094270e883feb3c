package io.bazaar.members.messages;

import static io.bazaar.members.messages.MessageFixtures.about;
import static io.bazaar.members.messages.MessageFixtures.download;
import static io.bazaar.members.messages.MessageFixtures.keyed;
import static io.bazaar.members.messages.MessageFixtures.png;
import static io.bazaar.members.messages.MessageFixtures.put;
import static io.bazaar.members.messages.MessageFixtures.reply;
import static io.bazaar.members.messages.MessageFixtures.start;
import static io.bazaar.members.messages.MessageFixtures.thread;
import static io.bazaar.members.messages.MessageFixtures.ticket;
import static io.bazaar.members.messages.MessageFixtures.upload;
import static io.bazaar.members.messages.MessageFixtures.write;
import static io.bazaar.members.support.Members.merchant;
import static io.bazaar.members.support.Members.product;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.count;
import static io.bazaar.orders.support.Shop.placeOrder;
import static io.bazaar.orders.support.Shop.staffToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.members.support.Members.Product;
import io.bazaar.orders.support.Shop;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Tuple;

/** The shopper's side of customer messages: /api/me/messages. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ShopperMessagesTest {

    @Test
    void aShopperWritesToAShopAboutAProductAndReadsTheThread() {
        Shop.Customer me = Shop.customer();
        UUID shop = merchant("Lantern Street");
        Product lamp = product(shop, "Paper lantern", 1200, 4);
        String key = UUID.randomUUID().toString();
        Map<String, Object> request = about(shop, "Is it foldable?", "productId", lamp.id());
        Response first = as(me.token()).header("Idempotency-Key", key).body(request).post("/api/me/messages");
        first.then().statusCode(201).header("Idempotent-Replayed", "false")
                .body("merchantId", equalTo(shop.toString())).body("shopName", equalTo("Lantern Street"))
                .body("productId", equalTo(lamp.id().toString())).body("productName", equalTo("Paper lantern"))
                .body("orderNumber", nullValue())
                .body("messages", hasSize(1)).body("messages[0].author", equalTo("SHOPPER"))
                .body("messages[0].body", equalTo("Is it foldable?")).body("messages[0].deleted", equalTo(false));
        String id = first.path("id");
        as(me.token()).header("Idempotency-Key", key).body(request).post("/api/me/messages").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        as(me.token()).header("Idempotency-Key", key).body(thread(shop, "Another question")).post("/api/me/messages")
                .then().statusCode(422).body("type", endsWith("/idempotency-key-reused"));

        write(me.token(), id, "And is it paper or silk?").then().statusCode(201).body("author", equalTo("SHOPPER"))
                .body("body", equalTo("And is it paper or silk?")).body("attachments", empty());
        as(me.token()).get("/api/me/messages").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(id)).body("items[0].shopName", equalTo("Lantern Street"))
                .body("items[0].unread", equalTo(0)).body("items[0].lastMessage.body", equalTo("And is it paper or silk?"))
                .body("items[0].lastMessage.author", equalTo("SHOPPER"));
        as(me.token()).get("/api/me/messages/" + id).then().statusCode(200)
                .body("messages.body", contains("Is it foldable?", "And is it paper or silk?"));
        assertEquals(1, count("select count(*) from message_threads where account_id = $1", Tuple.of(me.id())));
    }

    @Test
    void aShopperWritesAboutTheirOwnOrderOnlyToTheShopThatSoldIt() {
        Shop.Customer me = Shop.customer();
        UUID shop = merchant("Order desk");
        Product mug = product(shop, "Order mug", 900, 5);
        String number = placeOrder(me, mug.sku(), 1).getString("orders[0].orderNumber");
        String id = start(me.token(), about(shop, "Where is my parcel?", "orderNumber", number));
        as(me.token()).get("/api/me/messages/" + id).then().statusCode(200).body("orderNumber", equalTo(number))
                .body("productId", nullValue());

        Shop.Customer stranger = Shop.customer();
        keyed(stranger.token()).body(about(shop, "Whose is this?", "orderNumber", number)).post("/api/me/messages")
                .then().statusCode(404).body("type", endsWith("/order-not-found"));
        UUID otherShop = merchant("Not the seller");
        keyed(me.token()).body(about(otherShop, "Wrong shop", "orderNumber", number)).post("/api/me/messages")
                .then().statusCode(422).body("type", endsWith("/order-of-another-shop"));
        assertEquals(0, count("select count(*) from message_threads where account_id = $1", Tuple.of(stranger.id())));
    }

    @Test
    void everyBadInputIsRefusedAndChangesNothing() {
        Shop.Customer me = Shop.customer();
        UUID shop = merchant("Strict shop");
        Product hidden = product(shop, "Not yet approved", 100, 1, false);
        Product elsewhere = product(merchant("Elsewhere"), "Elsewhere's", 100, 1);
        String url = "/api/me/messages";
        keyed(me.token()).body(Map.of("merchantId", shop.toString())).post(url).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("body"));
        keyed(me.token()).body(thread(shop, "   ")).post(url).then().statusCode(400).body("errors.field", hasItem("body"));
        keyed(me.token()).body(thread(shop, "x".repeat(2001))).post(url).then().statusCode(400)
                .body("errors.field", hasItem("body"));
        keyed(me.token()).body(Map.of("body", "who?")).post(url).then().statusCode(400).body("errors.field", hasItem("merchantId"));
        Map<String, Object> both = about(shop, "both", "productId", elsewhere.id());
        both.put("orderNumber", "2612000001");
        keyed(me.token()).body(both).post(url).then().statusCode(400).body("errors.field", hasItem("orderNumber"));
        keyed(me.token()).body(thread(UUID.randomUUID(), "Hello?")).post(url).then().statusCode(404)
                .body("type", endsWith("/shop-not-found"));
        keyed(me.token()).body(about(shop, "Unknown", "productId", UUID.randomUUID())).post(url).then().statusCode(404)
                .body("type", endsWith("/product-not-found"));
        keyed(me.token()).body(about(shop, "Hidden", "productId", hidden.id())).post(url).then().statusCode(404)
                .body("type", endsWith("/product-not-found"));
        keyed(me.token()).body(about(shop, "Not yours", "productId", elsewhere.id())).post(url).then().statusCode(422)
                .body("type", endsWith("/product-of-another-shop"));
        keyed(me.token()).body(about(shop, "No such order", "orderNumber", "2612999999")).post(url).then().statusCode(404)
                .body("type", endsWith("/order-not-found"));
        as(me.token()).body(thread(shop, "No key")).post(url).then().statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
        keyed(me.token()).post(url).then().statusCode(400);
        Map<String, Object> five = thread(shop, "Five images");
        five.put("attachmentIds", List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID()));
        keyed(me.token()).body(five).post(url).then().statusCode(400).body("errors.field", hasItem("attachmentIds"));
        UUID twice = UUID.randomUUID();
        Map<String, Object> same = thread(shop, "Same image twice");
        same.put("attachmentIds", List.of(twice, twice));
        keyed(me.token()).body(same).post(url).then().statusCode(400).body("errors.field", hasItem("attachmentIds"));
        Map<String, Object> unknownImage = thread(shop, "Image of nobody");
        unknownImage.put("attachmentIds", List.of(UUID.randomUUID()));
        keyed(me.token()).body(unknownImage).post(url).then().statusCode(422).body("type", endsWith("/attachment-not-found"));
        given().contentType("application/json").body(thread(shop, "anonymous")).post(url).then().statusCode(401);

        assertEquals(0, count("select count(*) from message_threads where account_id = $1", Tuple.of(me.id())));
        String id = start(me.token(), thread(shop, "A fine question"));
        write(me.token(), id, "").then().statusCode(400).body("errors.field", hasItem("body"));
        write(me.token(), id, "y".repeat(2001)).then().statusCode(400).body("errors.field", hasItem("body"));
        as(me.token()).body(Map.of("body", "no key")).post(url + "/" + id + "/messages").then().statusCode(400);
        assertEquals(1, count("select count(*) from messages m join message_threads t on t.id = m.thread_id "
                + "where t.account_id = $1", Tuple.of(me.id())));
        as(me.token()).queryParam("size", 0).get(url).then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void anotherShoppersThreadIsNotFound() {
        Shop.Customer me = Shop.customer();
        Shop.Customer other = Shop.customer();
        UUID shop = merchant("Private talk");
        String id = start(me.token(), thread(shop, "Just between us"));
        as(other.token()).get("/api/me/messages/" + id).then().statusCode(404).body("type", endsWith("/thread-not-found"));
        write(other.token(), id, "Let me in").then().statusCode(404).body("type", endsWith("/thread-not-found"));
        write(other.token(), UUID.randomUUID().toString(), "Nobody's").then().statusCode(404);
        as(other.token()).get("/api/me/messages/not-a-thread").then().statusCode(404);
        as(other.token()).get("/api/me/messages").then().statusCode(200).body("total", equalTo(0));
        as(me.token()).get("/api/me/messages/" + id).then().statusCode(200).body("messages", hasSize(1));
    }

    @Test
    void markupIsStoredAndAnsweredVerbatimAsText() {
        Shop.Customer me = Shop.customer();
        UUID shop = merchant("Plain text shop");
        String markup = "<script>alert('hi')</script> & <b>bold</b> \"quoted\"";
        String id = start(me.token(), thread(shop, markup));
        as(me.token()).get("/api/me/messages/" + id).then().statusCode(200).contentType("application/json")
                .body("messages[0].body", equalTo(markup));
        as(me.token()).get("/api/me/messages").then().body("items[0].lastMessage.body", equalTo(markup));
        as(staffToken(shop, "messages")).get("/api/merchant/messages/" + id).then().statusCode(200)
                .body("messages[0].body", equalTo(markup));
    }

    @Test
    void tooManyMessagesToOneShopAre429WithRetryAfterAndWriteNothing() {
        Shop.Customer me = Shop.customer();
        UUID shop = merchant("Busy shop");
        String id = start(me.token(), thread(shop, "First"));
        int sent = 1;
        Response refused = null;
        // the window is fixed (a minute): should it turn over meanwhile, the count starts again, hence the margin
        for (int i = 0; i < 14 && refused == null; i++) {
            Response r = write(me.token(), id, "Again " + i);
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                r.then().statusCode(201);
                sent++;
            }
        }
        assertTrue(refused != null, "the limit of messages per minute answers 429");
        refused.then().contentType("application/problem+json").body("type", endsWith("/message-rate-limited"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(sent, count("select count(*) from messages where thread_id = $1", Tuple.of(UUID.fromString(id))));
        // another shop is another count
        start(me.token(), thread(merchant("Quiet shop"), "Hello there"));
    }

    @Test
    void tooManyNewThreadsAnHourAre429() {
        Shop.Customer me = Shop.customer();
        Response refused = null;
        int started = 0;
        for (int i = 0; i < 22 && refused == null; i++) {
            Response r = keyed(me.token()).body(thread(merchant("Shop " + i), "Hello " + i)).post("/api/me/messages");
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                r.then().statusCode(201);
                started++;
            }
        }
        assertTrue(refused != null, "the limit of new threads answers 429");
        refused.then().body("type", endsWith("/message-rate-limited"));
        assertTrue(refused.header("Retry-After") != null);
        assertEquals(started, count("select count(*) from message_threads where account_id = $1", Tuple.of(me.id())));
    }

    @Test
    void imagesGoStraightToS3AndAreSignedForTheTwoPartiesOnly() throws Exception {
        Shop.Customer me = Shop.customer();
        UUID shop = merchant("Picture shop");
        byte[] png = png();
        String image = upload(me.token(), "/api/me/messages/attachments", png);
        Map<String, Object> request = thread(shop, "See the scratch");
        request.put("attachmentIds", List.of(image));
        Response created = keyed(me.token()).body(request).post("/api/me/messages");
        created.then().statusCode(201).body("messages[0].attachments", hasSize(1))
                .body("messages[0].attachments[0].id", equalTo(image))
                .body("messages[0].attachments[0].contentType", equalTo("image/png"));
        String id = created.path("id");
        String url = created.path("messages[0].attachments[0].url");
        var fetched = download(url);
        assertEquals(200, fetched.statusCode());
        assertArrayEquals(png, fetched.body());
        String staffUrl = as(staffToken(shop, "messages")).get("/api/merchant/messages/" + id).then().statusCode(200)
                .body("messages[0].attachments", hasSize(1)).extract().path("messages[0].attachments[0].url");
        assertEquals(200, download(staffUrl).statusCode());
        // the bucket is private: the object without a signature is refused
        assertEquals(403, download(url.substring(0, url.indexOf('?'))).statusCode());

        // an attached image cannot go with another message, and no one else's upload can be named
        Map<String, Object> again = new HashMap<>(Map.of("body", "Same image again", "attachmentIds", List.of(image)));
        keyed(me.token()).body(again).post("/api/me/messages/" + id + "/messages").then().statusCode(422)
                .body("type", endsWith("/attachment-not-found"));
        String strangers = upload(Shop.customer().token(), "/api/me/messages/attachments", png);
        keyed(me.token()).body(Map.of("body", "Not mine", "attachmentIds", List.of(strangers)))
                .post("/api/me/messages/" + id + "/messages").then().statusCode(422)
                .body("type", endsWith("/attachment-not-found"));
        byte[] text = "not an image at all".getBytes();
        Response notAnImage = ticket(me.token(), "/api/me/messages/attachments", "image/png", text.length);
        assertEquals(200, put(notAnImage, text));
        keyed(me.token()).body(Map.of("body", "Text as image", "attachmentIds", List.of((String) notAnImage.path("imageId"))))
                .post("/api/me/messages/" + id + "/messages").then().statusCode(422).body("type", endsWith("/not-an-image"));
        assertEquals(1, count("select count(*) from messages where thread_id = $1", Tuple.of(UUID.fromString(id))));

        ticket(me.token(), "/api/me/messages/attachments", "image/gif", 100).then().statusCode(400)
                .body("errors.field", hasItem("contentType"));
        ticket(me.token(), "/api/me/messages/attachments", "application/pdf", 100).then().statusCode(400)
                .body("errors.field", hasItem("contentType"));
        ticket(me.token(), "/api/me/messages/attachments", "image/png", 6_000_000).then().statusCode(400)
                .body("errors.field", hasItem("sizeBytes"));
        as(me.token()).body(Map.of("contentType", "image/png")).post("/api/me/messages/attachments").then().statusCode(400)
                .body("errors.field", hasItem("sizeBytes"));
    }

    @Test
    void repliesCountAsUnreadUntilTheShopperReadsTheThread() {
        Shop.Customer me = Shop.customer();
        UUID shop = merchant("Chatty shop");
        String id = start(me.token(), thread(shop, "Do you ship to Macau?"));
        String staff = staffToken(shop, "messages");
        reply(staff, id, "Yes, we do.").then().statusCode(201);
        reply(staff, id, "Within three days.").then().statusCode(201);
        as(me.token()).get("/api/me/messages/unread-count").then().statusCode(200).body("unread", equalTo(2));
        as(me.token()).get("/api/me/messages").then().body("items[0].unread", equalTo(2))
                .body("items[0].lastMessage.author", equalTo("STAFF"));
        as(me.token()).get("/api/me/messages/" + id).then().statusCode(200)
                .body("messages.author", contains("SHOPPER", "STAFF", "STAFF"));
        as(me.token()).get("/api/me/messages/unread-count").then().body("unread", equalTo(0));
        as(me.token()).get("/api/me/messages").then().body("items[0].unread", equalTo(0));
        as(Shop.customer().token()).get("/api/me/messages/unread-count").then().body("unread", equalTo(0));
    }
}
