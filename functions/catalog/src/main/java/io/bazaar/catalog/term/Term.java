package io.bazaar.catalog.term;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A brand, series, keyword or tag from a merchant's own list. */
@Entity
@Table(name = "merchant_terms")
public class Term {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "merchant_id", nullable = false)
    public UUID merchantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TermKind kind;

    @Column(nullable = false)
    public String name;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
