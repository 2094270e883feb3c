package io.bazaar.identity.shop;

import io.bazaar.identity.staff.InvitationView;

/** A new shop and the invitation its owner was sent. */
public record ShopCreated(ShopSummary shop, InvitationView invitation) {
}
