package io.bazaar.identity.shop;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a merchant's staff say about their shop besides its name (which stays in {@code merchants}); one row per
 * merchant, made when the profile is first saved. The week of service hours is stored in the text form of
 * {@link io.bazaar.identity.contract.ServiceHours#format}.
 */
@Entity
@Table(name = "shop_profiles")
public class ShopProfile {

    @Id
    @Column(name = "merchant_id")
    public UUID merchantId;

    @Column(nullable = false)
    public String description;

    @Column(name = "logo_key")
    public String logoKey;

    @Column(name = "return_name")
    public String returnName;
    @Column(name = "return_phone")
    public String returnPhone;
    @Column(name = "return_country")
    public String returnCountry;
    @Column(name = "return_region")
    public String returnRegion;
    @Column(name = "return_city")
    public String returnCity;
    @Column(name = "return_postal_code")
    public String returnPostalCode;
    @Column(name = "return_line1")
    public String returnLine1;
    @Column(name = "return_line2")
    public String returnLine2;

    @Column(name = "service_hours", nullable = false)
    public String serviceHours;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by")
    public UUID updatedBy;

    /** A profile with nothing said yet. */
    static ShopProfile empty(UUID merchantId) {
        ShopProfile profile = new ShopProfile();
        profile.merchantId = merchantId;
        profile.description = "";
        profile.serviceHours = "";
        profile.timeZone = io.bazaar.identity.contract.ShopDirectory.DEFAULT_TIME_ZONE;
        return profile;
    }
}
