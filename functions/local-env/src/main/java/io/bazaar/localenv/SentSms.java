package io.bazaar.localenv;

/** A text message the application sent through SNS, as the emulator captured it. */
public record SentSms(String phoneNumber, String message) {

    /** True when this SMS went to the number, ignoring spaces, dashes and brackets. */
    public boolean isTo(String number) {
        return digits(phoneNumber).equals(digits(number));
    }

    private static String digits(String number) {
        return number.replaceAll("[\\s\\-().]", "");
    }
}
