package io.bazaar.identity.session;

import io.bazaar.identity.account.Account;
import io.bazaar.identity.merchant.StaffMember;

/**
 * A signed-in session: its id, the access token, the refresh token and whose they are (with their staff membership).
 */
public record Session(String sessionId, Account account, StaffMember staffOrNull, String accessToken,
        String refreshToken) {
}
