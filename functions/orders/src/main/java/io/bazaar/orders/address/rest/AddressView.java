package io.bazaar.orders.address.rest;

import java.util.UUID;

import io.bazaar.orders.address.service.Address;

/** A saved address as the client sees it. */
public record AddressView(UUID id, String name, String phone, String country, String region, String city,
        String postalCode, String line1, String line2) {

    public static AddressView of(Address address) {
        AddressInput f = address.fields();
        return new AddressView(address.id(), f.name(), f.phone(), f.country(), f.region(), f.city(), f.postalCode(),
                f.line1(), f.line2());
    }
}
