package io.bazaar.identity.registration;

import java.util.UUID;

/** The answer to a sign-up: the new account, still pending, and where its activation code went. */
public record Registered(UUID id, String status, String codeSentTo) {
}
