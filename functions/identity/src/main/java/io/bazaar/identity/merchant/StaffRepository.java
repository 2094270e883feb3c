package io.bazaar.identity.merchant;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/** Staff memberships, looked up by account when a token is issued. */
@ApplicationScoped
public class StaffRepository implements PanacheRepositoryBase<StaffMember, UUID> {
}
