package io.bazaar.identity.account;

/**
 * Where an account is in its life: it may browse while pending, buy once active. A DELETED account has no personal
 * data left and can never sign in again; its id stays because orders kept for the law refer to it.
 */
public enum AccountStatus {
    PENDING_ACTIVATION, ACTIVE, DISABLED, DELETED
}
