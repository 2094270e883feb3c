package io.bazaar.catalog.page;

import java.util.List;
import java.util.Locale;

import io.bazaar.reviews.contract.PublishedReview;

/**
 * The name a product page shows for a review's writer: their public name, or, for a deleted account (the reviews area
 * stores a marker, no words), a neutral name in the reader's language, chosen from {@code Accept-Language} among the
 * shop's languages (English, Simplified Chinese; English when the reader asks for neither). The storefront says the
 * same in its own words (storefront.reviews.deletedAuthor).
 */
public enum ReviewerNames {
    ENGLISH("Deleted account"),
    SIMPLIFIED_CHINESE("已注销用户");

    private final String deletedAccount;

    ReviewerNames(String deletedAccount) {
        this.deletedAccount = deletedAccount;
    }

    /** The reader's language of the shop's, by the order of preference of an {@code Accept-Language} header. */
    public static ReviewerNames forReader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            for (Locale.LanguageRange range : ranges) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (range.getWeight() > 0 && (tag.startsWith("zh") && !tag.startsWith("zh-tw") && !tag.startsWith("zh-hk")
                        && !tag.startsWith("zh-hant"))) {
                    return SIMPLIFIED_CHINESE;
                }
                if (range.getWeight() > 0 && (tag.startsWith("en") || tag.equals("*"))) {
                    return ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a malformed header is no reason to fail the page
        }
        return ENGLISH;
    }

    /** The writer's name as this page shows it. */
    public String of(PublishedReview review) {
        return review.authorErased() || review.authorName() == null ? deletedAccount : review.authorName();
    }
}
