package io.bazaar.identity.contract;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A merchant's shop as anyone may see it: what the shop page and lists of shops show. The return address and the
 * staff are not part of it.
 *
 * @param logoUrl      the public URL of the logo, if the shop has one
 * @param description  plain text, possibly empty
 * @param serviceHours by weekday; a weekday left out is closed
 * @param timeZone     the IANA zone the hours are in, e.g. Asia/Shanghai
 */
public record ShopCard(UUID merchantId, String name, Optional<String> logoUrl, String description,
        List<ServiceHours> serviceHours, String timeZone) {
}
