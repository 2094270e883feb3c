package io.bazaar.identity.verification;

/** Where a real-name submission stands; a REJECTED one may be followed by a new submission. */
public enum VerificationStatus {
    SUBMITTED, VERIFIED, REJECTED
}
