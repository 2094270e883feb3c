package io.bazaar.identity.staff;

import java.util.UUID;

/** The shop the account now works for; it signs in again to get a token with the shop's permissions. */
public record AcceptedInvitation(UUID merchantId, String merchantName, boolean owner, boolean accountCreated) {
}
