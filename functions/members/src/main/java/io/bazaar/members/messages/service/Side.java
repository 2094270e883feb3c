package io.bazaar.members.messages.service;

/** Who wrote a message, or whose read state is meant: the shopper, or the shop's staff. */
public enum Side {
    SHOPPER, STAFF
}
