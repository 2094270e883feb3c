package io.bazaar.identity.verification;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Encrypts identity-document numbers with AES-256-GCM: a fresh 96-bit nonce per number, the account id as additional
 * data (a ciphertext copied to another account does not decrypt), the key id stored beside it so keys can rotate
 * (new numbers take the current key; old ones still decrypt while their key is configured).
 */
@ApplicationScoped
public class DocumentCipher {

    /** A number as stored: which key, and base64 of nonce followed by ciphertext and tag. */
    public record Sealed(String keyId, String ciphertext) {
    }

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> keys = new HashMap<>();
    private final String currentKeyId;

    DocumentCipher(VerificationConfig config) {
        config.keys().forEach((id, base64) -> {
            byte[] key = Base64.getDecoder().decode(base64.strip());
            if (key.length != 32) {
                throw new IllegalStateException("Document key " + id + " must be 32 bytes (AES-256), not " + key.length);
            }
            keys.put(id, new SecretKeySpec(key, "AES"));
        });
        config.currentKeyId().filter(id -> !keys.containsKey(id)).ifPresent(id -> {
            throw new IllegalStateException("bazaar.identity.verification.current-key-id names no configured key: " + id);
        });
        this.currentKeyId = config.currentKeyId().orElse(null);
    }

    public Sealed seal(UUID accountId, String number) {
        if (currentKeyId == null) {
            throw new IllegalStateException("No document key: set bazaar.identity.verification.current-key-id and its key");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, currentKeyId, nonce, accountId);
            byte[] sealed = cipher.doFinal(number.getBytes(StandardCharsets.UTF_8));
            return new Sealed(currentKeyId, Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public String open(UUID accountId, Sealed sealed) {
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
        byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, sealed.keyId(), nonce, accountId);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A document number does not decrypt with key " + sealed.keyId());
        }
    }

    private Cipher cipher(int mode, String keyId, byte[] nonce, UUID accountId) throws GeneralSecurityException {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("No document key " + keyId + " is configured");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(accountId.toString().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }
}
