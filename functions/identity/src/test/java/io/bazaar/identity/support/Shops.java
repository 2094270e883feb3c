package io.bazaar.identity.support;

import static io.bazaar.identity.support.IdentityApi.client;
import static io.bazaar.identity.support.IdentityApi.login;
import static io.bazaar.identity.support.IdentityApi.outbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.bazaar.localenv.SentEmail;
import io.bazaar.localenv.SentSms;
import io.restassured.response.Response;

/** Opens shops and joins their staff the way the console and the invited people do. */
public final class Shops {

    /** Built-in role ids, as the migration seeds them. */
    public static final String OWNER = "00000000-0000-4000-8000-000000000101";
    public static final String MANAGER = "00000000-0000-4000-8000-000000000102";
    public static final String ORDER_CLERK = "00000000-0000-4000-8000-000000000103";
    public static final String PRODUCT_EDITOR = "00000000-0000-4000-8000-000000000104";
    public static final String CUSTOMER_SERVICE = "00000000-0000-4000-8000-000000000105";

    private static final Pattern CODE = Pattern.compile("\\b([A-Z2-9]{5}-[A-Z2-9]{5})\\b");

    private Shops() {
    }

    public static String adminToken() {
        return login("admin@bazaar.local", "admin-demo-pass").then().statusCode(200).extract().path("accessToken");
    }

    public static String newLogin(String who) {
        return who + "-" + UUID.randomUUID() + "@example.com";
    }

    /** An admin opens a shop for the owner's login; returns the answer (shop, invitation). */
    public static Response open(String name, String ownerLogin) {
        return client().auth().oauth2(adminToken()).body(Map.of("name", name, "ownerLogin", ownerLogin))
                .post("/api/admin/merchants");
    }

    /** The newest invitation code sent to the email or phone. */
    public static String invitationCodeSentTo(String login) {
        Optional<String> text;
        if (login.contains("@")) {
            List<SentEmail> mails = outbox().emails();
            text = mails.stream().filter(m -> m.isTo(login)).reduce((a, b) -> b).map(m -> m.subject() + "\n" + m.body());
        } else {
            List<SentSms> sms = outbox().sms();
            text = sms.stream().filter(m -> m.isTo(login)).reduce((a, b) -> b).map(SentSms::message);
        }
        Matcher matcher = CODE.matcher(text.orElseThrow(() -> new AssertionError("nothing sent to " + login)));
        if (!matcher.find()) {
            throw new AssertionError("no invitation code in " + text.get());
        }
        return matcher.group(1);
    }

    public static Response accept(String login, String code, String password) {
        return client().body(Map.of("login", login, "code", code, "password", password, "displayName", "New Member"))
                .post("/api/auth/invitations/accept");
    }

    /** A shop with a signed-in owner (a new account); returns the owner's login response and the shop id. */
    public static Owner shopWithOwner(String name) {
        String login = newLogin("owner");
        String merchant = open(name, login).then().statusCode(201).extract().path("shop.id");
        accept(login, invitationCodeSentTo(login), IdentityApi.PASSWORD).then().statusCode(200);
        return new Owner(UUID.fromString(merchant), login, login(login, IdentityApi.PASSWORD).then().statusCode(200)
                .extract().path("accessToken"));
    }

    /** Invites a new login with the roles, accepts, signs in; returns the member's token and account id. */
    public static Member member(String inviterToken, String... roleIds) {
        String login = newLogin("member");
        client().auth().oauth2(inviterToken).body(Map.of("login", login, "roleIds", List.of(roleIds)))
                .post("/api/merchant/invitations").then().statusCode(201);
        accept(login, invitationCodeSentTo(login), IdentityApi.PASSWORD).then().statusCode(200);
        Response signedIn = login(login, IdentityApi.PASSWORD).then().statusCode(200).extract().response();
        return new Member(login, signedIn.path("accessToken"), signedIn.path("refreshToken"), signedIn.path("account.id"));
    }

    public record Owner(UUID merchantId, String login, String token) {
    }

    public record Member(String login, String token, String refreshToken, String accountId) {
    }
}
