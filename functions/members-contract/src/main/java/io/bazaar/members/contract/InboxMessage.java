package io.bazaar.members.contract;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One in-app notification to post, worded by a message key and its parameters: the storefront (and the phone, for the
 * push) turns {@code key} into the reader's language, filling in {@code params}; nothing is stored pre-rendered.
 *
 * @param accountId who gets it
 * @param kind      what it is about
 * @param key       the message key, dotted lower case, e.g. {@code order.paid}, {@code review.replied}; the storefront
 *                  words it as {@code inbox.messages.<key>} (keys it does not know fall back to a title per kind)
 * @param params    named values the wording uses, e.g. {@code {"number": "2612..."}}; at most 10, each at most 200 chars
 * @param link      where the notification leads in the storefront, a path such as {@code /orders/2612...}; or null
 * @param emailTo   also send it by e-mail to this address (the shopper opted in), or null for in-app and push only
 */
public record InboxMessage(UUID accountId, InboxKind kind, String key, Map<String, String> params, String link,
        String emailTo) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-zA-Z0-9-]*){1,3}");
    private static final Pattern PARAM = Pattern.compile("[a-z][a-zA-Z0-9]{0,39}");
    static final int MAX_PARAMS = 10;
    static final int MAX_VALUE = 200;

    public InboxMessage {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(kind, "kind");
        if (key == null || key.length() > 80 || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A message key is dotted lower case, e.g. order.paid, not " + key);
        }
        params = params == null ? Map.of() : new TreeMap<>(params);
        if (params.size() > MAX_PARAMS) {
            throw new IllegalArgumentException("At most " + MAX_PARAMS + " parameters, not " + params.size());
        }
        params.forEach((name, value) -> {
            if (!PARAM.matcher(name).matches() || value == null || value.length() > MAX_VALUE) {
                throw new IllegalArgumentException("Bad parameter " + name + "=" + value);
            }
        });
        params = java.util.Collections.unmodifiableMap(params);
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.length() > 300)) {
            throw new IllegalArgumentException("A link is a path of the storefront (at most 300 chars), not " + link);
        }
        if (emailTo != null && (!emailTo.contains("@") || emailTo.length() > 254)) {
            throw new IllegalArgumentException("Not an e-mail address: " + emailTo);
        }
    }

    /** An in-app (and push) notification without e-mail. */
    public static InboxMessage of(UUID accountId, InboxKind kind, String key, Map<String, String> params, String link) {
        return new InboxMessage(accountId, kind, key, params, link, null);
    }

    /** The same notification, also sent by e-mail to {@code address}. */
    public InboxMessage alsoByEmail(String address) {
        return new InboxMessage(accountId, kind, key, params, link, address);
    }
}
