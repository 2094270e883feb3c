package io.bazaar.identity.account;

import java.time.Instant;
import java.time.LocalDate;
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

    public LocalDate birthday;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    /** The avatar's object key in the avatars bucket, once an upload was confirmed. */
    @Column(name = "avatar_key")
    public String avatarKey;

    /** When a real-name verification of the account was accepted; null while it has none. */
    @Column(name = "real_name_verified_at")
    public Instant realNameVerifiedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "activated_at")
    public Instant activatedAt;

    @Version
    public long version;

    /** Disabled and deleted accounts cannot sign in or refresh. */
    public boolean maySignIn() {
        return status == AccountStatus.ACTIVE || status == AccountStatus.PENDING_ACTIVATION;
    }

    public boolean isRealNameVerified() {
        return realNameVerifiedAt != null;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    /** The login the account was registered with, email first. */
    public String login() {
        return email != null ? email : phone;
    }
}
