package io.bazaar.identity.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * What a person signs in with: an email address (kept lower-cased) or a phone number in E.164 form. Parsing is the
 * one place that decides which strings are acceptable logins.
 */
public record Login(Kind kind, String value) {

    public enum Kind {
        EMAIL, PHONE
    }

    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

    public static Optional<Login> email(String text) {
        if (text == null || text.length() > 254 || !EMAIL.matcher(text.trim()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Login(Kind.EMAIL, text.trim().toLowerCase(Locale.ROOT)));
    }

    /** Only numbers in E.164 form that are valid for their country (numbering plan, length) are accepted. */
    public static Optional<Login> phone(String text) {
        if (text == null || !E164.matcher(text.trim()).matches()) {
            return Optional.empty();
        }
        PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
        try {
            var number = numbers.parse(text.trim(), null);
            if (!numbers.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(new Login(Kind.PHONE, numbers.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** An email or a phone number, told apart by the '@'. */
    public static Optional<Login> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return text.contains("@") ? email(text) : phone(text);
    }

    /** Parses a login a client sent in the given field, or rejects the request with a 400 naming the field. */
    public static Login require(String text, String field) {
        return parse(text).orElseThrow(() -> ProblemException.invalid(
                new FieldError(field, "must be an email address or an E.164 phone number")));
    }

    public boolean isEmail() {
        return kind == Kind.EMAIL;
    }

    /** The address shown back to the person, partly hidden: a***@example.com, +44******0123. */
    public String masked() {
        if (isEmail()) {
            int at = value.indexOf('@');
            return value.charAt(0) + "***" + value.substring(at);
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }
}
