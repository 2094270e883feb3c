package io.bazaar.identity.merchant;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/** Merchants known to identity (for staff membership). */
@ApplicationScoped
public class MerchantRepository implements PanacheRepositoryBase<Merchant, UUID> {
}
