package io.bazaar.identity.session;

import io.bazaar.identity.profile.ProfileView;

/** Tokens after sign-in or refresh, OAuth-style names so generic clients understand them. */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
        long refreshExpiresIn, ProfileView account) {
}
