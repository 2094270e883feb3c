package io.bazaar.identity.profile;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The profile fields a person may change themselves; fields left out stay as they are. Roles are not among them. */
public record ProfileUpdate(
        @Size(min = 1, max = 80, message = "must be 1 to 80 characters")
        @Pattern(regexp = "^[^\\p{Cntrl}]*[^\\p{Cntrl}\\s][^\\p{Cntrl}]*$", message = "must contain visible characters and no control characters")
        String displayName) {
}
