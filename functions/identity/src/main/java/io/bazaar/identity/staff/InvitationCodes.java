package io.bazaar.identity.staff;

import java.security.SecureRandom;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.crypto.Sha256;

/**
 * Invitation codes: ten characters from an alphabet without look-alikes (about 49 bits), shown as XXXXX-XXXXX. They
 * live for days, not minutes like an activation code, so they are long enough not to be guessed; only the SHA-256 of
 * the normalised code is stored.
 */
@ApplicationScoped
public class InvitationCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 10;

    private final SecureRandom random = new SecureRandom();

    public String next() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored form of a code as typed: case, spaces and dashes do not matter. */
    public String hash(String typed) {
        String normal = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return Sha256.hex("invitation:" + normal);
    }
}
