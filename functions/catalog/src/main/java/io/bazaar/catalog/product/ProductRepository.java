package io.bazaar.catalog.product;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/** Products by id; list queries live with the services that need them. */
@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, UUID> {
}
