package io.bazaar.identity.account;

/** Where an account is in its life: it may browse while pending, buy once active. */
public enum AccountStatus {
    PENDING_ACTIVATION, ACTIVE, DISABLED
}
