package io.bazaar.identity.staff;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.bazaar.platform.security.StaffPermission;

/** A shop's own role: its name and permissions (an unknown permission name is refused with the field named). */
public record RoleRequest(
        @NotBlank(message = "is required") @Size(max = 60, message = "must be at most 60 characters") String name,
        @NotEmpty(message = "must name at least one permission") List<@NotNull(message = "is required") StaffPermission> permissions) {
}
