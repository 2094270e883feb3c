package io.bazaar.catalog.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.reviews.contract.PublishedReview;

/** A deleted account's review is named in the reader's language on product pages; everyone else by their name. */
class ReviewerNamesTest {

    private static final PublishedReview ERASED = review(null, true);
    private static final PublishedReview NAMED = review("Li L.", false);

    @Test
    void theReadersPreferredShopLanguageNamesADeletedAccount() {
        assertEquals("已注销用户", ReviewerNames.forReader("zh-CN,zh;q=0.9,en;q=0.8").of(ERASED));
        assertEquals("已注销用户", ReviewerNames.forReader("zh").of(ERASED));
        assertEquals("Deleted account", ReviewerNames.forReader("en-US,en;q=0.9").of(ERASED));
        assertEquals("Deleted account", ReviewerNames.forReader("en;q=0.9,zh-CN;q=0.8").of(ERASED), "by preference");
        assertEquals("已注销用户", ReviewerNames.forReader("fr-FR,zh-CN;q=0.5").of(ERASED), "the first language the shop has");
    }

    @Test
    void noUsableLanguageIsEnglish() {
        assertEquals("Deleted account", ReviewerNames.forReader(null).of(ERASED));
        assertEquals("Deleted account", ReviewerNames.forReader("").of(ERASED));
        assertEquals("Deleted account", ReviewerNames.forReader("fr-FR,de;q=0.5").of(ERASED));
        assertEquals("Deleted account", ReviewerNames.forReader("zh-TW").of(ERASED), "traditional Chinese is not the shop's");
        assertEquals("Deleted account", ReviewerNames.forReader(";;q=x,,").of(ERASED), "a malformed header");
    }

    @Test
    void aNamedReviewerKeepsTheirNameInEveryLanguage() {
        assertEquals("Li L.", ReviewerNames.forReader("zh-CN").of(NAMED));
        assertEquals("Li L.", ReviewerNames.forReader("en").of(NAMED));
    }

    private static PublishedReview review(String author, boolean erased) {
        return new PublishedReview(UUID.randomUUID(), UUID.randomUUID(), author, erased, 4, "Fits", "Good.", "{}",
                Instant.now());
    }
}
