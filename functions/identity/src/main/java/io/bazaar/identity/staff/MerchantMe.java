package io.bazaar.identity.staff;

import java.util.List;
import java.util.UUID;

import io.bazaar.platform.security.StaffPermission;

/** The signed-in staff member's shop, roles and permissions: what the console shows and hides by. */
public record MerchantMe(UUID merchantId, String merchantName, boolean owner, List<RoleRef> roles,
        List<StaffPermission> permissions) {
}
