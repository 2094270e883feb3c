package io.bazaar.identity.profile;

import java.time.LocalDate;

import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.identity.account.Gender;

/**
 * The profile fields a person may change themselves; fields left out (or null) stay as they are. Roles, logins and
 * the verified state are not among them.
 */
public record ProfileUpdate(
        @Size(min = 1, max = 80, message = "must be 1 to 80 characters")
        @Pattern(regexp = "^[^\\p{Cntrl}]*[^\\p{Cntrl}\\s][^\\p{Cntrl}]*$", message = "must contain visible characters and no control characters")
        String displayName,
        @Past(message = "must be in the past") LocalDate birthday,
        @Schema(description = "UNSPECIFIED is an answer of its own: the person prefers not to say") Gender gender) {

    /** Birthdays before this are typing mistakes. */
    static final LocalDate EARLIEST_BIRTHDAY = LocalDate.of(1900, 1, 1);
}
