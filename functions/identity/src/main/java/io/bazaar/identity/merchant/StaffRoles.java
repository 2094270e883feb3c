package io.bazaar.identity.merchant;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import io.bazaar.platform.security.StaffPermission;

/** The one rule of what a member may do: the union of their roles' permissions; an owner holds the owner role. */
public final class StaffRoles {

    private StaffRoles() {
    }

    /** Gives the member these roles, and the permissions and owner flag that follow from them. */
    public static void assign(StaffMember member, Collection<Role> roles) {
        if (member.roles == null) {
            member.roles = new HashSet<>();
        }
        member.roles.clear();
        member.roles.addAll(roles);
        refresh(member);
    }

    /** Recomputes permissions and owner flag from the member's roles (after a role's permissions changed). */
    public static void refresh(StaffMember member) {
        Set<StaffPermission> permissions = EnumSet.noneOf(StaffPermission.class);
        member.roles.forEach(role -> permissions.addAll(role.permissions));
        member.permissions = permissions;
        member.owner = member.roles.stream().anyMatch(Role::isOwner);
    }
}
