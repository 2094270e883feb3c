package io.bazaar.identity.staff;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.identity.merchant.Role;

/** A role as a member or an invitation holds it: built-in roles carry a key the console words, own roles a name. */
public record RoleRef(UUID id, @Schema(nullable = true, description = "The built-in role's key; null for the shop's own") String key,
        String name) {

    public static RoleRef of(Role role) {
        return new RoleRef(role.id, role.key, role.name);
    }
}
