package io.bazaar.orders.payment.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.bazaar.platform.problem.ProblemException;

/**
 * The Bazaar-Signature header, {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}: signing for
 * the sandbox, checking (constant time, with a freshness window) for the webhook.
 */
public final class SandboxSignature {

    public static final String HEADER = "Bazaar-Signature";

    private SandboxSignature() {
    }

    public static String header(String secret, long timestamp, String body) {
        return "t=" + timestamp + ",v1=" + hmac(secret, timestamp + "." + body);
    }

    /** Throws 401 invalid-signature for a missing, malformed or wrong signature, 400 stale-webhook for an old one. */
    public static void verify(String secret, String header, String body, Instant now, Duration tolerance) {
        if (header == null) {
            throw invalid();
        }
        Long timestamp = null;
        String signature = null;
        for (String part : header.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t") && kv[1].matches("\\d{1,12}")) {
                timestamp = Long.parseLong(kv[1]);
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                signature = kv[1];
            }
        }
        if (timestamp == null || signature == null) {
            throw invalid();
        }
        byte[] expected = hmac(secret, timestamp + "." + body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
            throw invalid();
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            throw ProblemException.badRequest("stale-webhook", "The webhook's timestamp is outside the tolerance window.");
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
