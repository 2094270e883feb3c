package io.bazaar.identity.staff;

import java.util.UUID;

import io.bazaar.identity.session.Session;

/** What accepting an invitation did: the shop joined, whether an account was made for it, and the session it started. */
public record JoinedShop(UUID merchantId, String merchantName, boolean owner, boolean accountCreated, Session session) {
}
