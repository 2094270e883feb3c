package io.bazaar.identity.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Identity starts without a document key (sign-in must not depend on it); numbers are sealed only with one. */
class VerificationConfigTest {

    @Test
    void withoutAKeyTheConfigLoadsAndSealingFails() {
        VerificationConfig config = mapping(Map.of());
        assertTrue(config.keys().isEmpty());
        assertTrue(config.currentKeyId().isEmpty());
        assertEquals("manual", config.provider());
        DocumentCipher cipher = new DocumentCipher(config);
        assertThrows(IllegalStateException.class, () -> cipher.seal(UUID.randomUUID(), "E12345678"));
    }

    @Test
    void oldKeysStillOpenWhatTheyClosedAfterARotation() {
        String first = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
        String second = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";
        UUID account = UUID.randomUUID();
        DocumentCipher.Sealed old = new DocumentCipher(mapping(Map.of("bazaar.identity.verification.keys.k1", first,
                "bazaar.identity.verification.current-key-id", "k1"))).seal(account, "E12345678");
        DocumentCipher rotated = new DocumentCipher(mapping(Map.of("bazaar.identity.verification.keys.k1", first,
                "bazaar.identity.verification.keys.k2", second, "bazaar.identity.verification.current-key-id", "k2")));
        assertEquals("E12345678", rotated.open(account, old));
        assertEquals("k2", rotated.seal(account, "E12345678").keyId());
        assertThrows(IllegalStateException.class, () -> new DocumentCipher(mapping(Map.of(
                "bazaar.identity.verification.keys.k1", first, "bazaar.identity.verification.current-key-id", "k9"))));
        assertThrows(IllegalStateException.class, () -> new DocumentCipher(mapping(Map.of(
                "bazaar.identity.verification.keys.short", "AAEC", "bazaar.identity.verification.current-key-id", "short"))));
    }

    private static VerificationConfig mapping(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(VerificationConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build();
        return config.getConfigMapping(VerificationConfig.class);
    }
}
