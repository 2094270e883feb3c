package io.bazaar.identity.staff;

/** What became of an invitation; an expired one stays PENDING in storage and is told apart by its expiry. */
public enum InvitationStatus {
    PENDING, ACCEPTED, REVOKED, EXPIRED
}
