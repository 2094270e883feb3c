package io.bazaar.identity.profile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.bazaar.identity.account.Account;
import io.bazaar.identity.merchant.Permission;
import io.bazaar.identity.merchant.StaffMember;

/** What a person sees of their own account. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProfileView(UUID id, String email, String phone, String displayName, String status, boolean activated,
        boolean platformAdmin, Staff staff, Instant createdAt) {

    /** The merchant the account works for, and what it may do there. */
    public record Staff(UUID merchantId, boolean owner, List<String> permissions) {
    }

    public static ProfileView of(Account account, StaffMember staffOrNull) {
        Staff staff = staffOrNull == null ? null
                : new Staff(staffOrNull.merchantId, staffOrNull.owner,
                        staffOrNull.permissions.stream().map(Permission::claim).sorted().toList());
        return new ProfileView(account.id, account.email, account.phone, account.displayName,
                account.status.name().toLowerCase(), account.isActive(), account.platformAdmin, staff, account.createdAt);
    }
}
