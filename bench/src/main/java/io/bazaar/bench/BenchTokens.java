package io.bazaar.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;

/**
 * Access tokens as identity issues them (issuer, audience, groups, claims), signed with the {@code LocalEnvironment}'s
 * {@code jwt-private.pem}, so a benchmark can call the API as a buyer or a merchant's staff without signing anyone up.
 */
final class BenchTokens {

    private static final String ISSUER = "https://bazaar.dev/identity";
    private static final String AUDIENCE = "bazaar-api";

    private BenchTokens() {
    }

    static PrivateKey privateKey(Path pem) throws Exception {
        String base64 = Files.readString(pem, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    /** An activated shopper (groups customer + buyer) with account id {@code accountId}. */
    static String buyer(PrivateKey key, UUID accountId) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(accountId.toString()).groups(Set.of("customer", "buyer"))
                .claim("activated", true).expiresIn(Duration.ofHours(2)).sign(key);
    }

    /** Staff of {@code merchantId} with these permissions (e.g. {@code products}). */
    static String merchantStaff(PrivateKey key, UUID merchantId, String... permissions) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(UUID.randomUUID().toString())
                .groups(Set.of("customer", "buyer", "merchant-staff")).claim("activated", true)
                .claim("merchant_id", merchantId.toString()).claim("permissions", List.of(permissions))
                .expiresIn(Duration.ofHours(2)).sign(key);
    }
}
