package io.bazaar.identity.verification;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The identity documents a real name can be verified with, each with the one rule of what its number looks like. */
public enum DocumentType {
    /** 居民身份证: 18 characters, the last a GB 11643-1999 check character (0-9 or X). */
    CN_RESIDENT_ID {
        @Override
        Optional<String> normalise(String number) {
            String n = number.strip().toUpperCase(Locale.ROOT);
            if (!Pattern.matches("[0-9]{17}[0-9X]", n)) {
                return Optional.empty();
            }
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (n.charAt(i) - '0') * WEIGHTS[i];
            }
            return CHECK.charAt(sum % 11) == n.charAt(17) ? Optional.of(n) : Optional.empty();
        }
    },
    /** A passport: 6 to 20 letters and digits. */
    PASSPORT {
        @Override
        Optional<String> normalise(String number) {
            String n = number.strip().toUpperCase(Locale.ROOT);
            return Pattern.matches("[A-Z0-9]{6,20}", n) ? Optional.of(n) : Optional.empty();
        }
    };

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** The number in its stored form, or empty when it is not a number of this document. */
    abstract Optional<String> normalise(String number);
}
