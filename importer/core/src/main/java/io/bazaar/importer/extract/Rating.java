package io.bazaar.importer.extract;

import java.math.BigDecimal;

/**
 * The shop's aggregate review score, shown next to the imported product until it has reviews of its own.
 *
 * @param count number of ratings or reviews; 0 when the shop does not say
 */
public record Rating(BigDecimal value, long count) {
}
