package io.bazaar.identity.shop;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.avatar.AvatarConfig;
import io.bazaar.identity.avatar.AvatarStore;
import io.bazaar.identity.contract.ServiceHours;
import io.bazaar.identity.contract.ShopDirectory;
import io.bazaar.identity.merchant.Merchant;
import io.bazaar.identity.merchant.MerchantRepository;
import io.bazaar.platform.image.ImageType;
import io.bazaar.platform.image.UploadRequest;
import io.bazaar.platform.image.UploadTicket;
import io.bazaar.platform.image.UploadedImages;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * A merchant's shop profile: name (the merchant's own), description, logo, return address and service hours. The
 * merchant is always the caller's (from the token), so no staff member reaches another shop's profile. The logo goes
 * through the same presigned upload and checks as avatars, in the same bucket: uploaded to
 * {@code uploads/shops/<merchant>/<id>} (dropped by the bucket's lifecycle rule unless confirmed), published to
 * {@code avatars/shops/<merchant>/<id>}, the part of the bucket the image CDN serves.
 */
@ApplicationScoped
public class ShopProfileService {

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private final MerchantRepository merchants;
    private final ShopProfileRepository profiles;
    private final AvatarStore store;
    private final AvatarConfig images;
    private final ShopDirectory directory;
    private final Clock clock;

    ShopProfileService(MerchantRepository merchants, ShopProfileRepository profiles, AvatarStore store, AvatarConfig images,
            ShopDirectory directory, Clock clock) {
        this.merchants = merchants;
        this.profiles = profiles;
        this.store = store;
        this.images = images;
        this.directory = directory;
        this.clock = clock;
    }

    @WithSession
    public Uni<ShopProfileView> get(UUID merchantId) {
        return merchant(merchantId).chain(merchant -> profiles.findById(merchantId).map(profile -> view(merchant, profile)));
    }

    /** Replaces the profile; bad hours or an unknown time zone answer 400 with field errors and change nothing. */
    public Uni<ShopProfileView> update(UUID merchantId, UUID accountId, ShopProfileUpdate update) {
        checkHoursAndZone(update);
        return Panache.withTransaction(() -> merchant(merchantId).chain(merchant -> profiles.findById(merchantId)
                .chain(found -> {
                    merchant.name = update.name().strip();
                    ShopProfile profile = found == null ? ShopProfile.empty(merchantId) : found;
                    profile.description = update.description() == null ? "" : update.description().strip();
                    ReturnAddress address = update.returnAddress();
                    profile.returnName = address == null ? null : address.name().strip();
                    profile.returnPhone = address == null ? null : address.phone().strip();
                    profile.returnCountry = address == null ? null : address.country();
                    profile.returnRegion = address == null ? null : blankToNull(address.region());
                    profile.returnCity = address == null ? null : address.city().strip();
                    profile.returnPostalCode = address == null ? null : blankToNull(address.postalCode());
                    profile.returnLine1 = address == null ? null : address.line1().strip();
                    profile.returnLine2 = address == null ? null : blankToNull(address.line2());
                    profile.serviceHours = ServiceHours.format(update.serviceHours());
                    profile.timeZone = update.timeZone().strip();
                    profile.updatedAt = clock.instant();
                    profile.updatedBy = accountId;
                    Uni<ShopProfile> saved = found == null ? profiles.persist(profile) : Uni.createFrom().item(profile);
                    return saved.map(p -> view(merchant, p));
                })));
    }

    public Uni<UploadTicket> startLogo(UUID merchantId, UploadRequest request) {
        ImageType type = UploadedImages.checkRequest(request, images.maxBytes());
        UUID uploadId = UUID.randomUUID();
        return store.presignUpload(uploadKey(merchantId, uploadId), type.contentType(), request.sizeBytes(), images.uploadTtl())
                .map(signed -> new UploadTicket(uploadId, signed.url().toString(), "PUT",
                        Map.of("Content-Type", type.contentType()), signed.expiration()));
    }

    /**
     * Checks the upload and makes it the logo; the upload key holds the caller's merchant, so another shop's upload
     * is as unknown as one never made (422 {@code upload-missing}). The previous logo is deleted.
     */
    public Uni<ShopProfileView> confirmLogo(UUID merchantId, UUID accountId, UUID uploadId) {
        String publicKey = "avatars/shops/" + merchantId + "/" + uploadId;
        return store.publishChecked(uploadKey(merchantId, uploadId), publicKey, images.maxBytes())
                .chain(() -> replaceLogo(merchantId, accountId, publicKey));
    }

    public Uni<ShopProfileView> removeLogo(UUID merchantId, UUID accountId) {
        return replaceLogo(merchantId, accountId, null);
    }

    /** The profile with its new logo key, and the key it had before. */
    private record Replaced(ShopProfileView view, String previousKey) {
    }

    private Uni<ShopProfileView> replaceLogo(UUID merchantId, UUID accountId, String keyOrNull) {
        return Panache.withTransaction(() -> merchant(merchantId).chain(merchant -> profiles.findById(merchantId)
                .chain(found -> {
                    ShopProfile profile = found == null ? ShopProfile.empty(merchantId) : found;
                    String previous = profile.logoKey;
                    profile.logoKey = keyOrNull;
                    profile.updatedAt = clock.instant();
                    profile.updatedBy = accountId;
                    Uni<ShopProfile> saved = found == null ? profiles.persist(profile) : Uni.createFrom().item(profile);
                    return saved.map(p -> new Replaced(view(merchant, p), previous));
                })))
                .chain(r -> r.previousKey() == null || r.previousKey().equals(keyOrNull) ? Uni.createFrom().item(r.view())
                        : store.delete(r.previousKey()).replaceWith(r.view()));
    }

    private Uni<Merchant> merchant(UUID merchantId) {
        return merchants.findById(merchantId).map(merchant -> {
            if (merchant == null) {
                throw ProblemException.notFound("shop-not-found", "The merchant of this token no longer exists.");
            }
            return merchant;
        });
    }

    private static void checkHoursAndZone(ShopProfileUpdate update) {
        List<FieldError> errors = new ArrayList<>();
        EnumSet<java.time.DayOfWeek> seen = EnumSet.noneOf(java.time.DayOfWeek.class);
        for (int i = 0; i < update.serviceHours().size(); i++) {
            ServiceHours hours = update.serviceHours().get(i);
            String at = "serviceHours[" + i + "]";
            if (hours == null) {
                errors.add(new FieldError(at, "is required"));
                continue;
            }
            if (hours.day() == null) {
                errors.add(new FieldError(at + ".day", "is required"));
            } else if (!seen.add(hours.day())) {
                errors.add(new FieldError(at + ".day", "names " + hours.day() + " more than once"));
            }
            boolean opens = hours.opens() != null && TIME.matcher(hours.opens()).matches();
            boolean closes = hours.closes() != null && (TIME.matcher(hours.closes()).matches() || "24:00".equals(hours.closes()));
            if (!opens) {
                errors.add(new FieldError(at + ".opens", "must be a 24-hour time HH:mm"));
            }
            if (!closes) {
                errors.add(new FieldError(at + ".closes", "must be a 24-hour time HH:mm (24:00 for midnight)"));
            }
            if (opens && closes && hours.closes().compareTo(hours.opens()) <= 0) {
                errors.add(new FieldError(at + ".closes", "must be after opens"));
            }
        }
        String zone = update.timeZone() == null ? "" : update.timeZone().strip();
        if (!zone.equals("UTC") && !ZONES.contains(zone)) {
            errors.add(new FieldError("timeZone", "must be an IANA time zone such as Asia/Shanghai"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.toArray(FieldError[]::new));
        }
    }

    private ShopProfileView view(Merchant merchant, ShopProfile profileOrNull) {
        ShopProfile profile = profileOrNull == null ? ShopProfile.empty(merchant.id) : profileOrNull;
        ReturnAddress address = profile.returnName == null ? null : new ReturnAddress(profile.returnName, profile.returnPhone,
                profile.returnCountry, profile.returnRegion, profile.returnCity, profile.returnPostalCode, profile.returnLine1,
                profile.returnLine2);
        return new ShopProfileView(merchant.id, merchant.name, profile.description,
                profile.logoKey == null ? null : directory.logoUrl(profile.logoKey), address,
                ServiceHours.parse(profile.serviceHours), profile.timeZone, profileOrNull == null ? null : profile.updatedAt);
    }

    private static String uploadKey(UUID merchantId, UUID uploadId) {
        return "uploads/shops/" + merchantId + "/" + uploadId;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
