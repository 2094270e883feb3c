package io.bazaar.identity.verification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One submission of a legal name and identity document; the number only encrypted and as its last 4 characters. */
@Entity
@Table(name = "real_name_verifications")
public class RealNameVerification {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    public DocumentType documentType;

    @Column(name = "document_ciphertext", nullable = false)
    public String documentCiphertext;

    @Column(name = "document_key_id", nullable = false)
    public String documentKeyId;

    @Column(name = "document_last4", nullable = false)
    public String documentLast4;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VerificationStatus status;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(nullable = false)
    public String provider;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public UUID decidedBy;

    @Version
    public long version;

    /** What the person and the admin see of the number: its last 4 characters, the rest hidden. */
    public String maskedNumber() {
        return "****" + documentLast4;
    }

    @Override
    public String toString() {
        return "RealNameVerification[" + id + ", " + status + "]";
    }
}
