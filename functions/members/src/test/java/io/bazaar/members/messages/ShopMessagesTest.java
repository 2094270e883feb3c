package io.bazaar.members.messages;

import static io.bazaar.members.messages.MessageFixtures.about;
import static io.bazaar.members.messages.MessageFixtures.reply;
import static io.bazaar.members.messages.MessageFixtures.staff;
import static io.bazaar.members.messages.MessageFixtures.start;
import static io.bazaar.members.messages.MessageFixtures.thread;
import static io.bazaar.members.messages.MessageFixtures.write;
import static io.bazaar.members.support.Members.merchant;
import static io.bazaar.members.support.Members.product;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.count;
import static io.bazaar.orders.support.Shop.outbox;
import static io.bazaar.orders.support.Shop.placeOrder;
import static io.bazaar.orders.support.Shop.staffToken;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.localenv.SentEmail;
import io.bazaar.members.jobs.MessageNoticesJob;
import io.bazaar.members.messages.MessageFixtures.Staff;
import io.bazaar.members.support.Members.Product;
import io.bazaar.orders.support.Shop;
import io.bazaar.platform.audit.AuditEntry;
import io.bazaar.platform.audit.AuditQuery;
import io.bazaar.platform.audit.StaffAuditLog;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Tuple;

/** The shop's side of customer messages: /api/merchant/messages, and who is told of what. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ShopMessagesTest {

    @Inject
    StaffAuditLog audit;
    @Inject
    MessageNoticesJob notices;

    @Test
    void staffWithoutTheMessagesPermissionAreRefused() {
        UUID shop = merchant("Guarded shop");
        String id = start(Shop.customer().token(), thread(shop, "Anyone there?"));
        String orders = staffToken(shop, "orders");
        String url = "/api/merchant/messages";
        as(orders).get(url).then().statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("/missing-permission"));
        as(orders).get(url + "/unread-count").then().statusCode(403);
        as(orders).get(url + "/" + id).then().statusCode(403);
        reply(orders, id, "I only do orders").then().statusCode(403).body("type", endsWith("/missing-permission"));
        long first = count("select min(id) from messages where thread_id = $1", Tuple.of(UUID.fromString(id)));
        as(orders).delete(url + "/" + id + "/messages/" + first).then().statusCode(403);
        as(orders).body(Map.of("contentType", "image/png", "sizeBytes", 10)).post(url + "/attachments").then().statusCode(403);
        as(Shop.customer().token()).get(url).then().statusCode(403);
        io.restassured.RestAssured.given().get(url).then().statusCode(401);
        assertEquals(1, count("select count(*) from messages where thread_id = $1", Tuple.of(UUID.fromString(id))));
    }

    @Test
    void anotherShopsThreadIsNotFound() {
        UUID shop = merchant("Our shop");
        String id = start(Shop.customer().token(), thread(shop, "For our shop only"));
        long message = count("select min(id) from messages where thread_id = $1", Tuple.of(UUID.fromString(id)));
        String theirs = staffToken(merchant("Their shop"), "messages");
        as(theirs).get("/api/merchant/messages/" + id).then().statusCode(404).body("type", endsWith("/thread-not-found"));
        reply(theirs, id, "Poaching").then().statusCode(404);
        as(theirs).delete("/api/merchant/messages/" + id + "/messages/" + message).then().statusCode(404);
        as(theirs).get("/api/merchant/messages").then().statusCode(200).body("items", empty());
        as(staffToken(shop, "messages")).get("/api/merchant/messages").then().body("items.id", contains(id));
        assertEquals(1, count("select count(*) from messages where thread_id = $1 and deleted_at is null",
                Tuple.of(UUID.fromString(id))));
    }

    @Test
    void threadsAreListedUnansweredFirstFilteredAndInKeysetPages() {
        UUID shop = merchant("Busy counter");
        Product lamp = product(shop, "Counter lamp", 2000, 5);
        Shop.Customer a = Shop.customer();
        Shop.Customer b = Shop.customer();
        Shop.Customer c = Shop.customer();
        String staff = staffToken(shop, "messages");
        String aboutLamp = start(a.token(), about(shop, "Bulb included?", "productId", lamp.id()));
        reply(staff, aboutLamp, "Yes.").then().statusCode(201);
        String number = placeOrder(b, lamp.sku(), 1).getString("orders[0].orderNumber");
        String aboutOrder = start(b.token(), about(shop, "When does it ship?", "orderNumber", number));
        String general = start(c.token(), thread(shop, "Are you open on Sundays?"));

        JsonPath all = as(staff).get("/api/merchant/messages").then().statusCode(200)
                .body("items.id", contains(general, aboutOrder, aboutLamp))
                .body("items.unanswered", contains(true, true, false))
                .body("items[0].lastMessage.body", equalTo("Are you open on Sundays?"))
                .body("items[2].productName", equalTo("Counter lamp"))
                .body("items[1].orderNumber", equalTo(number))
                .body("nextCursor", nullValue()).extract().jsonPath();
        String masked = all.getString("items[0].customer.email");
        assertTrue(masked.startsWith("s***") && !masked.contains("@") && !masked.contains(c.id().toString()), masked);

        as(staff).queryParam("productId", lamp.id().toString()).get("/api/merchant/messages").then()
                .body("items.id", contains(aboutLamp));
        as(staff).queryParam("orderNumber", number).get("/api/merchant/messages").then().body("items.id", contains(aboutOrder));
        as(staff).get("/api/merchant/messages/" + general).then().statusCode(200).body("unanswered", equalTo(true))
                .body("customer.email", equalTo(masked));
        as(staff).queryParam("unread", "true").get("/api/merchant/messages").then().body("items.id", contains(aboutOrder))
                .body("items[0].unread", equalTo(1));
        as(staff).get("/api/merchant/messages/unread-count").then().body("unread", equalTo(1));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        as(staff).queryParam("from", today).queryParam("to", today).get("/api/merchant/messages").then()
                .body("items.id", contains(general, aboutOrder, aboutLamp));
        as(staff).queryParam("to", yesterday).get("/api/merchant/messages").then().body("items", empty());
        as(staff).queryParam("from", Instant.now().plusSeconds(3600).toString()).get("/api/merchant/messages").then()
                .body("items", empty());

        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(staff).queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/merchant/messages").then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null && walked.size() < 10);
        assertEquals(List.of(general, aboutOrder, aboutLamp), walked);

        as(staff).queryParam("productId", "lamp").queryParam("from", "soon").queryParam("unread", "maybe")
                .queryParam("orderNumber", "#1").get("/api/merchant/messages").then().statusCode(400)
                .body("errors.field", hasItems("productId", "from", "unread", "orderNumber"));
        as(staff).queryParam("from", today).queryParam("to", yesterday).get("/api/merchant/messages").then()
                .statusCode(400).body("errors.field", hasItem("to"));
        as(staff).queryParam("cursor", "not-a-cursor").get("/api/merchant/messages").then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
        as(staff).queryParam("limit", 0).get("/api/merchant/messages").then().statusCode(400);
        as(staff).queryParam("limit", 101).get("/api/merchant/messages").then().statusCode(400);
    }

    @Test
    void aReplyReachesTheShoppersInboxAndMailboxOncePerUnreadBatch() {
        Shop.Customer me = Shop.customer();
        UUID shop = merchant("Replying shop");
        String id = start(me.token(), thread(shop, "Gift wrapping?"));
        String staff = staffToken(shop, "messages");
        reply(staff, id, "Of course.").then().statusCode(201).body("author", equalTo("STAFF"))
                .body("staffAccountId", not(nullValue()));
        reply(staff, id, "It is free.").then().statusCode(201);
        as(me.token()).get("/api/me/notifications").then().statusCode(200)
                .body("items.key", contains("message.replied", "message.replied"))
                .body("items[0].kind", equalTo("MESSAGE")).body("items[0].link", equalTo("/account/messages/" + id))
                .body("items[0].params.shop", equalTo("Replying shop"));
        assertEquals(1, count("select count(*) from message_notices where thread_id = $1 and recipient = $2 "
                + "and channel = 'EMAIL'", Tuple.of(UUID.fromString(id), me.email())));
        notices.sendDue(Instant.now()).await().indefinitely();
        List<SentEmail> mails = outbox().emails().stream().filter(m -> m.destinations().contains(me.email())).toList();
        assertEquals(1, mails.size());
        assertEquals("Replying shop replied to your message", mails.get(0).subject());
        assertTrue(!mails.get(0).body().contains("Of course"), "no message text in the mail");

        // read, then notices off: the next reply is in the inbox only
        as(me.token()).get("/api/me/messages/" + id).then().statusCode(200);
        as(me.token()).body(Map.of("messageNotices", false)).put("/api/me/notification-settings").then().statusCode(200)
                .body("messageNotices", equalTo(false)).body("priceDropEmail", equalTo(false));
        reply(staff, id, "Anything else?").then().statusCode(201);
        assertEquals(1, count("select count(*) from message_notices where thread_id = $1 and recipient = $2",
                Tuple.of(UUID.fromString(id), me.email())));
        as(me.token()).get("/api/me/notifications/unread-count").then().body("unread", equalTo(3));
    }

    @Test
    void aShoppersMessageReachesTheStaffWhoAnswerMessagesWhenItAwaitsAnAnswer() {
        UUID shop = merchant("Staffed shop");
        Staff answering = staff(shop, false, "messages");
        Staff packing = staff(shop, false, "orders");
        Staff owner = staff(shop, true);
        Shop.Customer me = Shop.customer();
        String id = start(me.token(), thread(shop, "Hello, shop"));
        write(me.token(), id, "Still there?").then().statusCode(201);
        UUID thread = UUID.fromString(id);
        assertEquals(List.of(answering.email(), owner.email()).stream().sorted().toList(), List.of(Shop.one(
                "select string_agg(recipient, ',' order by recipient) from message_notices where thread_id = $1",
                Tuple.of(thread)).getString(0).split(",")));
        assertEquals(0, count("select count(*) from message_notices where recipient = $1", Tuple.of(packing.email())));
        reply(answering.token(), id, "Yes!").then().statusCode(201);
        write(me.token(), id, "Great").then().statusCode(201);
        assertEquals(4, count("select count(*) from message_notices where thread_id = $1 and recipient <> $2",
                Tuple.of(thread, me.email())));
        notices.sendDue(Instant.now()).await().indefinitely();
        assertTrue(outbox().emails().stream().anyMatch(m -> m.destinations().contains(answering.email())
                && m.subject().startsWith("A customer is waiting for an answer")));
    }

    @Test
    void deletingAMessageHidesItFromTheShopperKeepsItForTheShopAndIsAudited() {
        Shop.Customer me = Shop.customer();
        UUID shop = merchant("Tidy shop");
        Staff staff = staff(shop, false, "messages");
        String id = start(me.token(), thread(shop, "Rude words"));
        long rude = count("select min(id) from messages where thread_id = $1", Tuple.of(UUID.fromString(id)));
        reply(staff.token(), id, "Please be kind.").then().statusCode(201);
        long shoppersLast = Long.parseLong(write(me.token(), id, "More rude words").then().statusCode(201)
                .extract().path("id").toString());

        as(staff.token()).delete("/api/merchant/messages/" + id + "/messages/" + rude).then().statusCode(204);
        as(staff.token()).delete("/api/merchant/messages/" + id + "/messages/" + rude).then().statusCode(204);
        as(staff.token()).delete("/api/merchant/messages/" + id + "/messages/" + shoppersLast).then().statusCode(204);
        as(staff.token()).delete("/api/merchant/messages/" + id + "/messages/99999999").then().statusCode(404)
                .body("type", endsWith("/message-not-found"));

        as(me.token()).get("/api/me/messages/" + id).then().statusCode(200)
                .body("messages.deleted", contains(true, false, true))
                .body("messages[0].body", nullValue()).body("messages[2].body", nullValue())
                .body("messages[1].body", equalTo("Please be kind."))
                .body(not(org.hamcrest.Matchers.containsString("rude")));
        as(me.token()).get("/api/me/messages").then().body("items[0].lastMessage.deleted", equalTo(true))
                .body("items[0].lastMessage.body", nullValue());
        as(staff.token()).get("/api/merchant/messages/" + id).then().statusCode(200)
                .body("messages[0].deleted", equalTo(true)).body("messages[0].body", equalTo("Rude words"))
                .body("messages[0].deletedBy", equalTo(staff.id().toString()))
                // what is left ends with the staff's reply: answered
                .body("unanswered", equalTo(false));

        List<AuditEntry> entries = audit.read(shop, new AuditQuery(staff.id(), null, null, null, 20)).await().indefinitely()
                .entries();
        List<AuditEntry> deletions = entries.stream().filter(e -> e.method().equals("DELETE")).toList();
        // the second deletion of the same message changed nothing, but it was asked for: every 2xx is in the log
        assertEquals(3, deletions.size());
        AuditEntry deletion = deletions.get(0);
        assertEquals("/api/merchant/messages/{id}/messages/{messageId}", deletion.route());
        assertEquals(id, deletion.targets().get("id"));
        assertTrue(deletions.stream().anyMatch(e -> e.targets().get("messageId").equals(Long.toString(rude))));
        assertTrue(entries.stream().anyMatch(e -> e.method().equals("POST")
                && e.route().equals("/api/merchant/messages/{id}/messages")), "the reply is audited too");
        assertTrue(entries.stream().noneMatch(e -> e.status() == 404), "a refused deletion changed nothing");
    }
}
