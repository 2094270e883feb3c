package io.bazaar.members.inbox.delivery;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.members.inbox.service.Notification;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A notification as an SNS mobile push (message structure {@code json}): the phone words it from the message key and
 * its arguments in the phone's language (APNs {@code loc-key}/{@code loc-args}, FCM {@code body_loc_key}/
 * {@code body_loc_args}; the arguments are the parameter values in the alphabetical order of their names), and English
 * is the {@code default} for anything else. The link and the notification id travel as data.
 */
@ApplicationScoped
public class PushMessages {

    private final MessageTexts texts;

    PushMessages(MessageTexts texts) {
        this.texts = texts;
    }

    public String of(Notification n) {
        MessageTexts.Text english = texts.english(n);
        JsonArray args = new JsonArray(n.params().values().stream().map(Object.class::cast).toList());
        String key = "inbox." + n.key();
        JsonObject apns = new JsonObject()
                .put("aps", new JsonObject().put("alert", new JsonObject().put("title", english.title())
                        .put("loc-key", key).put("loc-args", args)).put("sound", "default"))
                .put("notificationId", n.id().toString()).put("link", n.link());
        JsonObject fcm = new JsonObject()
                .put("notification", new JsonObject().put("title", english.title()).put("body", english.body())
                        .put("body_loc_key", key).put("body_loc_args", args))
                .put("data", new JsonObject().put("notificationId", n.id().toString()).put("kind", n.kind().name())
                        .put("link", n.link() == null ? "" : n.link()));
        return new JsonObject().put("default", english.title() + ": " + english.body())
                .put("APNS", apns.encode()).put("APNS_SANDBOX", apns.encode()).put("GCM", fcm.encode()).encode();
    }
}
