package io.bazaar.identity.session;

import io.vertx.core.http.HttpServerRequest;

/**
 * What a session remembers of the device that signed in: the User-Agent as sent (cut to 200 characters) and the
 * client address with its last part hidden (203.0.113.*, 2001:db8:1::*), enough to recognise a session, not to
 * locate a person.
 */
public record SessionDevice(String userAgent, String maskedAddress) {

    static final int MAX_USER_AGENT = 200;

    public static SessionDevice of(HttpServerRequest request, String clientAddress) {
        String agent = request.getHeader("User-Agent");
        if (agent != null) {
            agent = agent.replaceAll("\\p{Cntrl}", "").strip();
            agent = agent.isEmpty() ? null : agent.substring(0, Math.min(agent.length(), MAX_USER_AGENT));
        }
        return new SessionDevice(agent, mask(clientAddress));
    }

    static String mask(String address) {
        if (address == null || address.isBlank() || "unknown".equals(address)) {
            return null;
        }
        if (address.contains(":")) {
            String[] groups = address.split(":");
            StringBuilder kept = new StringBuilder();
            for (int i = 0; i < Math.min(3, groups.length); i++) {
                kept.append(groups[i]).append(':');
            }
            return kept + ":*";
        }
        int lastDot = address.lastIndexOf('.');
        return lastDot < 0 ? null : address.substring(0, lastDot) + ".*";
    }
}
