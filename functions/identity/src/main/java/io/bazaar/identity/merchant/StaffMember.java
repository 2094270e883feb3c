package io.bazaar.identity.merchant;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account working for a merchant, with what it may do there; the owner may do everything. */
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
    public Set<Permission> permissions;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
