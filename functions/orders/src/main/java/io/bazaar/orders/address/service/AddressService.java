package io.bazaar.orders.address.service;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.address.repository.AddressRepository;
import io.bazaar.orders.address.rest.AddressInput;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/** The address book: each customer reaches only their own addresses; someone else's is simply not found. */
@ApplicationScoped
public class AddressService {

    /** Enough for home, work and family; keeps the list short for the checkout page. */
    static final int MAX_PER_ACCOUNT = 20;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final AddressRepository addresses;
    private final Clock clock;

    AddressService(AddressRepository addresses, Clock clock) {
        this.addresses = addresses;
        this.clock = clock;
    }

    public Uni<List<Address>> list(UUID accountId) {
        return addresses.listOf(accountId);
    }

    public Uni<Address> get(UUID accountId, UUID id) {
        return addresses.find(id).map(found -> owned(accountId, found));
    }

    public Uni<Address> create(UUID accountId, AddressInput input) {
        AddressInput fields = checked(input, "");
        return addresses.countOf(accountId).chain(count -> {
            if (count >= MAX_PER_ACCOUNT) {
                throw ProblemException.unprocessable("too-many-addresses",
                        "An account keeps at most " + MAX_PER_ACCOUNT + " addresses.");
            }
            var now = clock.instant();
            return addresses.insert(new Address(UUID.randomUUID(), accountId, fields, now, now));
        });
    }

    public Uni<Address> update(UUID accountId, UUID id, AddressInput input) {
        AddressInput fields = checked(input, "");
        return get(accountId, id).chain(existing -> addresses.update(
                new Address(id, accountId, fields, existing.createdAt(), clock.instant())));
    }

    public Uni<Void> delete(UUID accountId, UUID id) {
        return get(accountId, id).chain(existing -> addresses.delete(id));
    }

    /** Validates an address beyond its annotations (a real country code) and normalises it. */
    public static AddressInput checked(AddressInput input, String fieldPrefix) {
        if (!COUNTRIES.contains(input.country())) {
            throw ProblemException.invalid(new FieldError(fieldPrefix + "country", "must be an ISO 3166-1 alpha-2 code"));
        }
        return input.normalised();
    }

    private static Address owned(UUID accountId, Address found) {
        if (found == null || !found.accountId().equals(accountId)) {
            throw ProblemException.notFound("address-not-found", "There is no such address in your address book.");
        }
        return found;
    }
}
