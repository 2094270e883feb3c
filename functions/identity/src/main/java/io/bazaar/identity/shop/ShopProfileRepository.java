package io.bazaar.identity.shop;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/** Shop profiles, by merchant id. */
@ApplicationScoped
public class ShopProfileRepository implements PanacheRepositoryBase<ShopProfile, UUID> {
}
