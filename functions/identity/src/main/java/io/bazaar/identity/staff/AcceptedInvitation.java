package io.bazaar.identity.staff;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.identity.session.TokenResponse;

/** The shop the account now works for, and the session accepting started (the refresh token is also the cookie). */
public record AcceptedInvitation(UUID merchantId, String merchantName, boolean owner, boolean accountCreated,
        @Schema(description = "Signed in as a login would: tokens with the shop's permissions") TokenResponse session) {

    public static AcceptedInvitation of(JoinedShop joined, TokenResponse session) {
        return new AcceptedInvitation(joined.merchantId(), joined.merchantName(), joined.owner(), joined.accountCreated(),
                session);
    }
}
