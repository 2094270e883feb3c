package io.bazaar.identity.merchant;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.bazaar.platform.security.StaffPermission;

/**
 * A named set of permissions a merchant's staff member may hold: built in (no merchant, a key such as
 * {@code order-clerk}, never changed) or the merchant's own.
 */
@Entity
@Table(name = "merchant_roles")
public class Role {

    /** The built-in role every shop's owners hold; it has every permission. */
    public static final UUID OWNER = UUID.fromString("00000000-0000-4000-8000-000000000101");
    /** Built-in: everything but staff. */
    public static final UUID MANAGER = UUID.fromString("00000000-0000-4000-8000-000000000102");
    /** Built-in: orders. */
    public static final UUID ORDER_CLERK = UUID.fromString("00000000-0000-4000-8000-000000000103");
    /** Built-in: products and imports. */
    public static final UUID PRODUCT_EDITOR = UUID.fromString("00000000-0000-4000-8000-000000000104");
    /** Built-in: messages and orders. */
    public static final UUID CUSTOMER_SERVICE = UUID.fromString("00000000-0000-4000-8000-000000000105");
    /** Built-in: statistics. */
    public static final UUID ANALYST = UUID.fromString("00000000-0000-4000-8000-000000000106");

    @Id
    public UUID id;

    /** Null for a built-in role. */
    @Column(name = "merchant_id")
    public UUID merchantId;

    /** The built-in role's key; null for a merchant's own role. */
    @Column(name = "role_key")
    public String key;

    @Column(nullable = false)
    public String name;

    @Convert(converter = PermissionsConverter.class)
    @Column(nullable = false)
    public Set<StaffPermission> permissions;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public boolean builtIn() {
        return merchantId == null;
    }

    public boolean isOwner() {
        return OWNER.equals(id);
    }

    /** Whether the merchant's staff may use it: built in, or the merchant's own. */
    public boolean usableBy(UUID merchant) {
        return builtIn() || merchant.equals(merchantId);
    }
}
