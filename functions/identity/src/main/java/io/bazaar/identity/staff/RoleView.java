package io.bazaar.identity.staff;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.identity.merchant.Role;
import io.bazaar.platform.security.StaffPermission;

/** A role the shop may give, with how many members hold it. */
public record RoleView(UUID id, @Schema(nullable = true, description = "The built-in role's key") String key, String name,
        boolean builtIn, List<StaffPermission> permissions, long members) {

    public static RoleView of(Role role, long members) {
        return new RoleView(role.id, role.key, role.name, role.builtIn(), role.permissions.stream().sorted().toList(), members);
    }
}
