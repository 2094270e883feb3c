package io.bazaar.identity.merchant;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import io.bazaar.platform.security.StaffPermission;

/**
 * An account working for a merchant, with the roles it holds there. {@link #permissions} is the union of the roles'
 * permissions and {@link #owner} whether it holds the owner role: both kept by {@link StaffRoles} whenever the roles
 * change, because tokens and the identity contract read them.
 */
@Entity
@Table(name = "merchant_staff")
public class StaffMember {

    @Id
    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "merchant_id", nullable = false)
    public UUID merchantId;

    @Column(nullable = false)
    public boolean owner;

    @Convert(converter = PermissionsConverter.class)
    @Column(nullable = false)
    public Set<StaffPermission> permissions;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @ManyToMany
    @JoinTable(name = "merchant_staff_roles", joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "role_id"))
    public Set<Role> roles;
}
