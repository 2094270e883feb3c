package io.bazaar.orders.shipment.service;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.bazaar.platform.problem.ProblemException;

/**
 * The {@code Carrier-Signature: sha256=<hex HMAC-SHA256(secret, body)>} header of carrier webhooks. No timestamp:
 * every event carries the carrier's id and is recorded once, so a replayed body changes nothing.
 */
public final class CarrierSignature {

    public static final String HEADER = "Carrier-Signature";

    private CarrierSignature() {
    }

    public static String header(String secret, String body) {
        return "sha256=" + hmac(secret, body);
    }

    /** Throws 401 invalid-signature for a missing, malformed or wrong signature (compared in constant time). */
    public static void verify(String secret, String header, String body) {
        if (header == null || !header.startsWith("sha256=")) {
            throw invalid();
        }
        byte[] expected = hmac(secret, body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = header.substring("sha256=".length()).strip().toLowerCase().getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.unauthorized("invalid-signature", "The webhook's signature is missing or wrong.");
    }

    private static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is in every Java runtime", e);
        }
    }
}
