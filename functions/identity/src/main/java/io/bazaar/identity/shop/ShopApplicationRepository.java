package io.bazaar.identity.shop;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/** Shop applications, looked up by id and listed by state. */
@ApplicationScoped
public class ShopApplicationRepository implements PanacheRepositoryBase<ShopApplication, UUID> {
}
