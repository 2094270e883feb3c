package io.bazaar.catalog.product;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL slugs from product names in any script: "Zoë's Café Mug" -> "zoes-cafe-mug", "蓝牙耳机" stays. */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace("'", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "product" : slug;
    }
}
