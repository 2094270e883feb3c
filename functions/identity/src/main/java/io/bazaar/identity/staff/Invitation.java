package io.bazaar.identity.staff;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.bazaar.identity.merchant.Role;

/** An invitation to join a shop's staff (as its owner, or with roles); its code works once, until it expires. */
@Entity
@Table(name = "merchant_invitations")
public class Invitation {

    @Id
    public UUID id;

    @Column(name = "merchant_id", nullable = false)
    public UUID merchantId;

    /** The email or E.164 phone it was sent to; only that login may accept it. */
    @Column(nullable = false)
    public String login;

    /** An owner's invitation, sent by the platform. */
    @Column(nullable = false)
    public boolean owner;

    @Column(name = "code_hash", nullable = false)
    public String codeHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InvitationStatus status;

    /** Null when the platform sent it. */
    @Column(name = "invited_by")
    public UUID invitedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "accepted_by")
    public UUID acceptedBy;

    @ManyToMany
    @JoinTable(name = "merchant_invitation_roles", joinColumns = @JoinColumn(name = "invitation_id"),
            inverseJoinColumns = @JoinColumn(name = "role_id"))
    public Set<Role> roles;

    @Version
    public long version;

    public InvitationStatus stateAt(Instant now) {
        return status == InvitationStatus.PENDING && !now.isBefore(expiresAt) ? InvitationStatus.EXPIRED : status;
    }
}
