package io.bazaar.identity.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.identity.account.Account;
import io.bazaar.identity.account.Gender;
import io.bazaar.platform.security.StaffPermission;
import io.bazaar.identity.merchant.StaffMember;

/** What a person sees of their own account; absent parts are null, like in every response. */
public record ProfileView(UUID id, @Schema(nullable = true) String email, @Schema(nullable = true) String phone,
        @Schema(nullable = true) String displayName, String status, boolean activated, boolean platformAdmin,
        @Schema(nullable = true) Staff staff, Instant createdAt, @Schema(nullable = true) LocalDate birthday,
        @Schema(nullable = true) Gender gender, @Schema(nullable = true) String avatarUrl,
        @Schema(description = "Whether the real name is verified") boolean verified) {

    /** The merchant the account works for, and what it may do there. */
    public record Staff(UUID merchantId, boolean owner, List<String> permissions) {
    }

    public static ProfileView of(Account account, StaffMember staffOrNull, String avatarUrlOrNull) {
        Staff staff = staffOrNull == null ? null
                : new Staff(staffOrNull.merchantId, staffOrNull.owner,
                        staffOrNull.permissions.stream().map(StaffPermission::claim).sorted().toList());
        return new ProfileView(account.id, account.email, account.phone, account.displayName,
                account.status.name().toLowerCase(), account.isActive(), account.platformAdmin, staff, account.createdAt,
                account.birthday, account.gender, avatarUrlOrNull, account.isRealNameVerified());
    }
}
