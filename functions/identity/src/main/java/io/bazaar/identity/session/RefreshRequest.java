package io.bazaar.identity.session;

import jakarta.validation.constraints.Size;

/** A refresh token in the body; browsers may send it in the bazaar_refresh cookie instead. */
public record RefreshRequest(@Size(max = 100, message = "must be at most 100 characters") String refreshToken) {
}
