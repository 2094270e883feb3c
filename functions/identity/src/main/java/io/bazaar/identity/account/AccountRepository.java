package io.bazaar.identity.account;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Finds accounts by id or by the login a person types. */
@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

    public Uni<Account> findByLogin(Login login) {
        return login.isEmail() ? find("email", login.value()).firstResult() : find("phone", login.value()).firstResult();
    }
}
