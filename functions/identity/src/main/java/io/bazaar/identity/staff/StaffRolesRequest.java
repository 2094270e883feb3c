package io.bazaar.identity.staff;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The roles a member holds from now on (all of them). */
public record StaffRolesRequest(
        @NotNull(message = "is required") @Size(min = 1, max = 10, message = "must name 1 to 10 roles") List<@NotNull(message = "is required") UUID> roleIds) {
}
