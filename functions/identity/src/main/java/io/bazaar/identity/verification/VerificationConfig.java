package io.bazaar.identity.verification;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How real names are verified, and the keys identity-document numbers are encrypted with. */
@ConfigMapping(prefix = "bazaar.identity.verification")
public interface VerificationConfig {

    /** Name of the {@link VerificationProvider} that checks new submissions; "manual" waits for a platform admin. */
    @WithDefault("manual")
    String provider();

    /**
     * AES-256 keys (base64 of 32 bytes) by key id. Old keys stay listed for as long as numbers encrypted with them are
     * kept; in AWS they come from Secrets Manager, never from the repository.
     */
    Map<String, String> keys();

    /**
     * The key id new numbers are encrypted with. Without it the area still starts (sign-in must not depend on it), and
     * submissions fail until a key is configured.
     */
    Optional<String> currentKeyId();
}
