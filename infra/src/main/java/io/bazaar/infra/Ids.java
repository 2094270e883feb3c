package io.bazaar.infra;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Turns kebab-case names (areas, tables) into construct ids, so logical ids stay stable and readable. */
final class Ids {

    private Ids() {
    }

    /** {@code verification-codes} becomes {@code VerificationCodes}. */
    static String pascal(String kebab) {
        return Arrays.stream(kebab.split("-"))
                .filter(part -> !part.isEmpty())
                .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                .collect(Collectors.joining());
    }
}
