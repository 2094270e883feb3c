package io.bazaar.identity.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who signs in to Bazaar: shopper, merchant staff or platform admin. */
@Entity
@Table(name = "accounts")
public class Account {

    @Id
    public UUID id;

    /** Lower-cased; unique when present. */
    public String email;

    /** E.164; unique when present. */
    public String phone;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "display_name")
    public String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountStatus status;

    @Column(name = "platform_admin", nullable = false)
    public boolean platformAdmin;

    /** Raised on password reset: refresh tokens of older sessions stop working. */
    @Column(name = "session_version", nullable = false)
    public int sessionVersion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "activated_at")
    public Instant activatedAt;

    @Version
    public long version;

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    /** The login the account was registered with, email first. */
    public String login() {
        return email != null ? email : phone;
    }
}
