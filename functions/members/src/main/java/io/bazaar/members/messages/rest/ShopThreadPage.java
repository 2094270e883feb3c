package io.bazaar.members.messages.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A keyset page of the shop's threads; nextCursor asks for the page after it (null: this is the last). */
public record ShopThreadPage(List<ShopThreadSummaryView> items, @Schema(nullable = true) String nextCursor) {
}
