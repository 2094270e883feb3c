package io.bazaar.orders.returns.service;

import java.util.UUID;

/** A photo of a return and a download URL of it that expires (the bucket is private). */
public record ReturnPhoto(UUID id, String url) {
}
