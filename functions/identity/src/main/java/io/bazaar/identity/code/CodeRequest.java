package io.bazaar.identity.code;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Asks for a (new) code to be sent to a login. */
public record CodeRequest(@NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters") String login) {
}
