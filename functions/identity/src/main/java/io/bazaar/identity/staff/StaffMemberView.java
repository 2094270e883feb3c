package io.bazaar.identity.staff;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.identity.account.Account;
import io.bazaar.identity.merchant.StaffMember;
import io.bazaar.platform.security.StaffPermission;

/** A member of the shop's staff as its staff managers see them. */
public record StaffMemberView(UUID accountId, @Schema(nullable = true) String displayName,
        @Schema(nullable = true) String email, @Schema(nullable = true) String phone, boolean owner, List<RoleRef> roles,
        List<StaffPermission> permissions, Instant joinedAt) {

    public static StaffMemberView of(StaffMember member, Account account) {
        return new StaffMemberView(member.accountId, account.displayName, account.email, account.phone, member.owner,
                roles(member), member.permissions.stream().sorted().toList(), member.createdAt);
    }

    static List<RoleRef> roles(StaffMember member) {
        return member.roles.stream().map(RoleRef::of).sorted(Comparator.comparing(RoleRef::name)).toList();
    }
}
