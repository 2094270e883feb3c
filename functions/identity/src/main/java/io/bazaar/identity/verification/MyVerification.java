package io.bazaar.identity.verification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The person's real-name state: verified or not, and their latest submission if any. */
public record MyVerification(boolean verified, @Schema(nullable = true) VerificationView latest) {
}
