package io.bazaar.identity.shop;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A business asking the platform for a shop, until an admin approves or rejects it. */
@Entity
@Table(name = "shop_applications")
public class ShopApplication {

    @Id
    public UUID id;

    @Column(name = "business_name", nullable = false)
    public String businessName;

    @Column(name = "contact_name", nullable = false)
    public String contactName;

    /** The contact's email or E.164 phone: the owner's invitation goes there. */
    @Column(name = "contact_login", nullable = false)
    public String contactLogin;

    public String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ShopApplicationStatus status;

    /** The shop opened on approval. */
    @Column(name = "merchant_id")
    public UUID merchantId;

    @Column(name = "decided_by")
    public UUID decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The reason of a rejection, told to the applicant. */
    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
