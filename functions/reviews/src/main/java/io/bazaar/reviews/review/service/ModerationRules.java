package io.bazaar.reviews.review.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.reviews.ReviewsConfig;

/**
 * The rules that hold a review for a platform admin instead of publishing it at once (docs/decisions/reviews.md):
 * a link or something that reads as a web address (spam, phishing, traffic to another shop), a banned word (abuse;
 * the configured list), and a 1-star review that explains nothing (a common form of sabotage). Anything else is
 * published at once. Text is compared after NFKC normalisation and lower-casing, so full-width or styled letters
 * do not slip through.
 */
@ApplicationScoped
public class ModerationRules {

    public static final String LINK = "link";
    public static final String BANNED_WORD = "banned-word";
    public static final String SHORT_ONE_STAR = "short-one-star";

    private static final Pattern LINK_PATTERN = Pattern.compile(
            "(https?://|www\\.|\\b[\\p{L}0-9-]+\\.(com|net|org|cn|io|co|info|biz|shop|store|xyz|top|ru|me|ly|cc|tk)\\b)");

    private final List<String> bannedWords;
    private final int shortOneStarLength;

    ModerationRules(ReviewsConfig config) {
        this.bannedWords = config.bannedWords().stream().map(ModerationRules::normalised).filter(w -> !w.isBlank()).toList();
        this.shortOneStarLength = config.shortOneStarLength();
    }

    /** The rules this content breaks, in a fixed order; empty means it may be published. */
    public List<String> holdReasons(int stars, String title, String text) {
        String all = normalised(title + "\n" + text);
        List<String> reasons = new ArrayList<>();
        if (LINK_PATTERN.matcher(all).find()) {
            reasons.add(LINK);
        }
        if (bannedWords.stream().anyMatch(all::contains)) {
            reasons.add(BANNED_WORD);
        }
        if (stars == 1 && text.strip().codePointCount(0, text.strip().length()) < shortOneStarLength) {
            reasons.add(SHORT_ONE_STAR);
        }
        return reasons;
    }

    static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
